/**
 * The curator's GraphQL operations for one entity type, built from its form so they follow the
 * schema: the entry with its published content in input shape, its history, the six mutations
 * (publish is bound to the version the reviewer saw).
 */
import { runtimeDocument, type RegisteredDocument } from '../gateway/documents.ts';
import type { CuratedEntity, WorkflowAction } from './entities.ts';
import { contentSelection, type FormField } from './form-model.ts';

const ENTRY_FIELDS = `id entryStatus version updatedAt draft canPublish
  owner { id name } proposedBy { id name } lastEditor { sub name organisation { id name } }`;
const RESULT = '{ id version entryStatus }';

export interface EntityOperations {
  entry: RegisteredDocument;
  history: RegisteredDocument;
  create: RegisteredDocument;
  update: RegisteredDocument;
  action: Record<WorkflowAction, RegisteredDocument>;
}

export function entityOperations(entity: CuratedEntity, form: FormField[]): EntityOperations {
  const { type, field } = entity;
  const published = contentSelection(form);
  // Publishing and sending back answer the version the reviewer saw; sending back needs a comment.
  const action = (verb: WorkflowAction) =>
    verb === 'publish' || verb === 'sendBack'
      ? runtimeDocument(
          `Curator${capital(verb)}${type}`,
          `mutation Curator${capital(verb)}${type}($id: ID!, $expectedVersion: Int, $comment: String${verb === 'sendBack' ? '!' : ''}) {
            result: ${verb}${type}(id: $id, expectedVersion: $expectedVersion, comment: $comment) ${RESULT} }`,
        )
      : runtimeDocument(
          `Curator${capital(verb)}${type}`,
          `mutation Curator${capital(verb)}${type}($id: ID!, $comment: String) { result: ${verb}${type}(id: $id, comment: $comment) ${RESULT} }`,
        );
  return {
    entry: runtimeDocument(
      `Curator${type}Entry`,
      `query Curator${type}Entry($id: ID!) { entry: ${field}Entry(id: $id) { ${ENTRY_FIELDS} pendingChanges { field old new } published { ${published} }
        history { version action at comment actor { sub name organisation { id name } } } } }`,
    ),
    history: runtimeDocument(
      `Curator${type}History`,
      `query Curator${type}History($id: ID!) { entry: ${field}Entry(id: $id) { ${ENTRY_FIELDS} published { ${published} }
        history { version action at comment actor { sub name organisation { id name } } changes { field old new } } } }`,
    ),
    create: runtimeDocument(
      `CuratorCreate${type}`,
      `mutation CuratorCreate${type}($input: ${type}Input!, $comment: String) { result: create${type}(input: $input, comment: $comment) ${RESULT} }`,
    ),
    update: runtimeDocument(
      `CuratorUpdate${type}`,
      `mutation CuratorUpdate${type}($id: ID!, $expectedVersion: Int!, $input: ${type}Input!, $comment: String) {
        result: update${type}(id: $id, expectedVersion: $expectedVersion, input: $input, comment: $comment) ${RESULT} }`,
    ),
    action: {
      submit: action('submit'),
      publish: action('publish'),
      sendBack: action('sendBack'),
      archive: action('archive'),
      restore: action('restore'),
    },
  };
}

/** Every entry waiting for review, to be archived or still a draft, of every type, in one request. */
export function queueDocument(entities: CuratedEntity[]): RegisteredDocument {
  const lists = entities.map((e) => `${e.field}: ${e.field}Entries(status: [IN_REVIEW, ARCHIVE_REQUESTED, DRAFT]) { ${ENTRY_FIELDS} }`).join('\n  ');
  return runtimeDocument('CuratorQueue', `query CuratorQueue {\n  ${lists}\n}`);
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
