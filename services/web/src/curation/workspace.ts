/**
 * What the curator pages need per entity type, built once from the schema: the create and edit forms,
 * the operations, and the names of the entries a form can refer to.
 */
import type { GatewayClient } from '../gateway/client.ts';
import { documents } from '../gateway/documents.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { Vocabulary } from '../views/curator/form-fields.tsx';
import { ENTITIES, type CuratedEntity } from './entities.ts';
import { buildForm, type FormField } from './form-model.ts';
import { entityOperations, queueDocument, type EntityOperations } from './operations.ts';
import { createSchemaSource } from './schema-model.ts';

export interface EntityWorkspace {
  entity: CuratedEntity;
  createForm: FormField[];
  editForm: FormField[];
  operations: EntityOperations;
}

export function createWorkspace(gateway: GatewayClient) {
  const schema = createSchemaSource(gateway);
  let built: Map<CuratedEntity, EntityWorkspace> | undefined;
  const queue = queueDocument(ENTITIES);

  return {
    queue,
    async forEntity(entity: CuratedEntity, token: string): Promise<EntityWorkspace> {
      if (!built) {
        const model = await schema(token);
        built = new Map(
          ENTITIES.map((e) => {
            const createForm = buildForm(model, `${e.type}Input`, e.type);
            return [e, { entity: e, createForm, editForm: createForm.filter((f) => f.name !== 'id'), operations: entityOperations(e, createForm) }];
          }),
        );
      }
      return built.get(entity)!;
    },
    /** The entries forms refer to by id, by the output type of the reference. */
    async vocabulary(token: string, lang: Lang): Promise<Vocabulary> {
      const data = await gateway.read(documents.curatorVocabulary, {}, { token });
      const nodes = <N>(connection: { edges: { node: N }[] }) => connection.edges.map((e) => e.node);
      return new Map([
        ['Category', data.categories.map((c) => ({ id: c.id, name: (lang === 'en' && c.name.en) || c.name.nl }))],
        ['Standard', nodes(data.standards)],
        ['Facility', nodes(data.facilities)],
        ['Organisation', data.organisations],
        ['Tool', nodes(data.tools)],
        ['Product', nodes(data.products)],
      ]);
    },
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
