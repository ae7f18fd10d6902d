/**
 * GraphQL resolvers of the curation workflow, made once for every entity type: the six mutations,
 * the curator queries, and the fields of an `<Type>Entry` and a `Revision`. Pending drafts (and the
 * revisions that carry them) are shown only to those who may read them (policy.ts `mayReadDraft`).
 */
import { SLUG } from '@edu-catalogus/seeds';
import { InputError } from '../errors.ts';
import type { Identity } from '../identity.ts';
import { canPublish, entryFacts, mayReadDraft } from './policy.ts';
import type { Curation } from './engine.ts';
import { diffContent } from './diff.ts';
import type { EntryRow, EntryStatus, RevisionRow } from './tables.ts';

export interface CurationContext {
  identity: Identity | null;
}

/** "Nextcloud Hub" -> "nextcloud-hub"; diacritics folded, other characters dropped. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** GraphQL gives explicit nulls for cleared fields; the content schemas treat absent and null alike. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === null ? [] : [[k, withoutNulls(v)]])));
  }
  return value;
}

/** The arguments of each workflow operation, as the SDL of every curated type declares them. */
interface WriteArgs {
  create: { input: Record<string, unknown>; comment?: string | null };
  update: { id: string; expectedVersion: number; input: Record<string, unknown>; comment?: string | null };
  submit: { id: string; comment?: string | null };
  publish: { id: string; expectedVersion?: number | null; comment?: string | null };
  sendBack: { id: string; expectedVersion?: number | null; comment?: string | null };
  archive: { id: string; comment?: string | null };
  restore: { id: string; comment?: string | null };
}

export interface OperationOptions {
  /** The id of new content: a slug of its name unless it names one. */
  idOf?: (input: Record<string, unknown>) => string;
  /** Whether a new id must be a slug (false when the content schema and `checkId` already rule on it). */
  slugIds?: boolean;
}

/** The mutations and curator queries of one curated type, named as its SDL names them (`createTool`, `toolEntry` ...). */
export interface CurationOperations<T extends string, C> {
  Mutation: { [K in keyof WriteArgs as `${K}${T}`]: (parent: unknown, args: WriteArgs[K], context: C) => Promise<EntryRow> };
  Query: { [K in `${Uncapitalize<T>}Entry`]: (parent: unknown, args: { id: string }, context: C) => Promise<EntryRow | null> } & {
    [K in `${Uncapitalize<T>}Entries`]: (parent: unknown, args: { status?: readonly EntryStatus[] | null }, context: C) => Promise<EntryRow[]>;
  };
}

/**
 * `createTool`, `updateTool`, `submitTool`, `publishTool`, `sendBackTool`, `archiveTool`, `restoreTool`, `toolEntry`,
 * `toolEntries` for `type` = "Tool".
 */
export function curationOperations<T extends string, C extends CurationContext>(
  type: T,
  curation: (context: C) => Curation<any>,
  options: OperationOptions = {},
): CurationOperations<T, C> {
  const { idOf = (input) => (typeof input.id === 'string' ? input.id : slugify(String(input.name ?? ''))), slugIds = true } = options;
  const lower = type.charAt(0).toLowerCase() + type.slice(1);
  const contentOf = (input: Record<string, unknown>) => {
    const { id: _id, ...content } = withoutNulls(input) as Record<string, unknown>;
    return content;
  };
  const mutations: { [K in keyof WriteArgs]: (parent: unknown, args: WriteArgs[K], context: C) => Promise<EntryRow> } = {
    create: async (_, { input, comment }, context) => {
      const id = idOf(input);
      if (slugIds && !SLUG.test(id))
        throw new InputError('input.id', `input.id: "${id}" is not a slug like "entree-federatie" (lowercase letters, digits, single hyphens)`);
      return curation(context).create(context.identity, id, contentOf(input), { comment });
    },
    update: async (_, { id, expectedVersion, input, comment }, context) =>
      curation(context).update(context.identity, id, expectedVersion, contentOf(input), { comment }),
    submit: async (_, { id, comment }, context) => curation(context).submit(context.identity, id, { comment }),
    publish: async (_, { id, expectedVersion, comment }, context) => curation(context).publish(context.identity, id, { comment, expectedVersion }),
    sendBack: async (_, { id, expectedVersion, comment }, context) => {
      if (!comment?.trim())
        throw new InputError('comment', 'comment: say what the editor should change before sending the entry back', { reason: 'COMMENT_REQUIRED' });
      return curation(context).sendBack(context.identity, id, { comment, expectedVersion });
    },
    archive: async (_, { id, comment }, context) => curation(context).archive(context.identity, id, { comment }),
    restore: async (_, { id, comment }, context) => curation(context).restore(context.identity, id, { comment }),
  };
  // The keys are built from `type` at run time; the mapped types above name them for the compiler.
  return {
    Mutation: Object.fromEntries(Object.entries(mutations).map(([verb, resolve]) => [`${verb}${type}`, resolve])),
    Query: {
      [`${lower}Entry`]: async (_: unknown, { id }: { id: string }, context: C) => {
        await curation(context).curator(context.identity);
        return curation(context).get(id);
      },
      [`${lower}Entries`]: async (_: unknown, { status }: { status?: readonly EntryStatus[] | null }, context: C) =>
        curation(context).list(await curation(context).curator(context.identity), status),
    },
  } as CurationOperations<T, C>;
}

/** Revisions anyone curating may see: those that carry no draft content. */
const isPublicRevision = (revision: RevisionRow) => revision.action !== 'CREATE' && revision.action !== 'UPDATE';

/** The history of an entity (`Tool.history`), without draft revisions for curators who may not read its drafts. */
export async function visibleHistory(curation: Curation<any>, identity: Identity | null, id: string, rows: RevisionRow[]): Promise<RevisionRow[]> {
  const entry = await curation.get(id);
  return entry && (await curation.readsDraftOf(identity, entry)) ? rows : rows.filter(isPublicRevision);
}

/**
 * Fields every `<Type>Entry` shares; `published` is the entity's own and added per type. Entries reach
 * these only through the curator queries and mutations, which checked the caller's organisation.
 */
export function entryFields<C extends CurationContext>(history: (context: C, entry: EntryRow) => Promise<RevisionRow[]> | RevisionRow[]) {
  const reads = (entry: EntryRow, context: C) => mayReadDraft(entry, context.identity);
  return {
    id: (entry: EntryRow) => entry.entityId,
    entryStatus: (entry: EntryRow) => entry.status,
    owner: (entry: EntryRow) => (entry.ownerOrg ? { __typename: 'Organisation', id: entry.ownerOrg } : null),
    proposedBy: (entry: EntryRow) => (entry.draftOrg && entry.draftOrg !== entry.ownerOrg ? { __typename: 'Organisation', id: entry.draftOrg } : null),
    lastEditor: (entry: EntryRow) => (entry.lastEditorSub ? { sub: entry.lastEditorSub, name: entry.lastEditorName, organisation: entry.lastEditorOrg } : null),
    draft: (entry: EntryRow, _: unknown, context: C) => (reads(entry, context) ? entry.draft : null),
    pendingChanges: (entry: EntryRow, _: unknown, context: C) => (entry.draft && reads(entry, context) ? diffContent(entry.published, entry.draft) : []),
    canPublish: async (entry: EntryRow, _: unknown, context: C) => canPublish(entry, context.identity, entryFacts(await history(context, entry))),
    history: async (entry: EntryRow, _: unknown, context: C) => {
      const rows = await history(context, entry);
      return reads(entry, context) ? rows : rows.filter(isPublicRevision);
    },
  };
}

export const revisionFields = {
  action: (revision: RevisionRow) => revision.action,
  actor: (revision: RevisionRow) => ({ sub: revision.actorSub, name: revision.actorName, organisation: revision.actorOrg }),
};

export const editorFields = {
  organisation: (editor: { organisation: string | null }) => (editor.organisation ? { __typename: 'Organisation', id: editor.organisation } : null),
};
