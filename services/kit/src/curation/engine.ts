/**
 * The curation workflow of one entity type: create, update, submit, publish, archive, restore. Each
 * write checks the expected version and appends a revision in one transaction (kit transaction.ts,
 * SQLite or PostgreSQL), so two curators saving at once cannot both win and nothing is half-written;
 * a write sent with an `Idempotency-Key` is made once (idempotency.ts).
 */
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../errors.ts';
import { inputError } from './input-error.ts';
import { hasRole, type Identity } from '../identity.ts';
import { diffContent } from './diff.ts';
import { onceFor } from './idempotency.ts';
import { requireKnownCurator, type KnownOrganisation } from './organisations.ts';
import { authorize, entryFacts, mayReadDraft, type RevisionKind } from './policy.ts';
import { appendOutbox, outboxEventOf } from './outbox.ts';
import { seedPublished, type VersionedTable } from './seeding.ts';
import { expectVersion, planStep, type Step, type StepOptions } from './steps.ts';
import { isPostgres, type StoreDb, type StoreTx } from '../transaction.ts';
import { curationTablesOf } from './dialect-tables.ts';
import type { EntryRow, EntryStatus, FieldChange, RevisionRow } from './tables.ts';

type Content = Record<string, unknown>;
type Tx = StoreTx;

export interface EntityAdapter<Draft extends Content> {
  /** GraphQL type name, also the `entity_type` of its rows (`Tool`). */
  type: string;
  /** Validates what a curator typed; partial content is allowed in a draft. */
  draftSchema: z.ZodType<Draft>;
  /** What an entry must hold before it can be submitted and published. */
  publishSchema: z.ZodType<unknown>;
  /** Checks that referenced ids exist (locally or by asking the owning subgraph); throws InputError. */
  checkReferences: (draft: Draft) => Promise<void>;
  /** For ids made from the content (an alternative's pair): throws InputError when `draft` is not `id`'s. */
  checkId?: (id: string, draft: Draft) => void;
  /**
   * The public tables (each awaited, so it may be async): `publish` writes published content, `archive`
   * hides the entity from anonymous readers, `restore` makes an archived one a draft (not public again).
   */
  publish: (tx: Tx, id: string, content: Draft) => unknown;
  archive: (tx: Tx, id: string) => unknown;
  restore?: (tx: Tx, id: string) => unknown;
  /** The public table (id, version, updatedAt): a reseed that writes nothing new there keeps its version. */
  table?: VersionedTable;
}

export interface CurationOptions {
  /** Whether a curator's organisation is known; unknown ones get no curator rights (organisations.ts). */
  organisations: KnownOrganisation;
}

export type WriteOptions = StepOptions;
const nowIso = () => new Date().toISOString();

export function createCuration<Draft extends Content>(db: StoreDb, adapter: EntityAdapter<Draft>, options: CurationOptions) {
  const type = adapter.type;
  const { entries, revisions } = curationTablesOf(db);
  const reader = db as StoreTx;
  const byKey = (id: string) => and(eq(entries.entityType, type), eq(entries.entityId, id));
  const curator = (identity: Identity | null) => requireKnownCurator(identity, options.organisations);

  // Locked FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole database already.
  const load = async (tx: Tx, id: string): Promise<EntryRow> => {
    const query = tx.select().from(entries).where(byKey(id));
    const [row] = await (isPostgres(tx) ? (query as unknown as { for(s: 'update'): typeof query }).for('update') : query);
    if (!row) throw new NotFoundError(`There is no ${type} "${id}".`, { field: 'id', reason: 'NO_ENTRY' });
    return row;
  };

  /** Authors since the last publication and a pending archive request, from the entry's revisions. */
  const factsOf = async (tx: Tx, id: string) =>
    entryFacts(
      await tx
        .select({ action: revisions.action, actorSub: revisions.actorSub })
        .from(revisions)
        .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id)))
        .orderBy(asc(revisions.id)),
    );

  const appendRevision = async (
    tx: Tx,
    row: Pick<EntryRow, 'entityId' | 'version'>,
    kind: RevisionKind,
    identity: Identity,
    changes: FieldChange[],
    options: WriteOptions,
  ) => {
    await tx.insert(revisions).values({
      entityType: type,
      entityId: row.entityId,
      version: row.version,
      action: kind.toUpperCase(),
      actorSub: identity.sub,
      actorName: identity.name ?? null,
      actorOrg: identity.org,
      at: nowIso(),
      changes,
      comment: options.comment ?? null,
    });
  };

  const validateDraft = async (id: string, input: unknown): Promise<Draft> => {
    const parsed = adapter.draftSchema.safeParse(input);
    if (!parsed.success) throw inputError(parsed.error);
    adapter.checkId?.(id, parsed.data);
    await adapter.checkReferences(parsed.data);
    return parsed.data;
  };

  /** A saved draft: the editor's content, and they its last editor (a proposal when they are not of the owner). */
  const draftBy = (who: Identity, draft: Draft) => ({
    draft,
    draftOrg: who.org,
    lastEditorSub: who.sub,
    lastEditorName: who.name ?? null,
    lastEditorOrg: who.org,
    updatedAt: nowIso(),
  });

  /** The pending draft, complete enough to be reviewed and published; BAD_USER_INPUT naming `draft.*` otherwise. */
  const completeDraft = (row: EntryRow): Draft => {
    const complete = adapter.publishSchema.safeParse(row.draft);
    if (!complete.success) throw inputError(complete.error, 'draft');
    return row.draft as Draft;
  };

  /** A workflow step (steps.ts) with its public-table write, the new version and its revision. */
  const step = async (name: Step, identity: Identity | null, id: string, options: WriteOptions) => {
    const who = await curator(identity);
    const once = onceFor(db, who.sub);
    return (
      (await once.replay()) ??
      once.transaction(async (tx) => {
        const row = await load(tx, id);
        expectVersion(row, options.expectedVersion);
        const outcome = planStep(name, row, who, await factsOf(tx, id), completeDraft);
        if (outcome.publish) await adapter.publish(tx, id, outcome.publish as Draft);
        if (outcome.archive) await adapter.archive(tx, id);
        if (outcome.restore) await adapter.restore?.(tx, id);
        const updated: EntryRow = { ...row, ...outcome.next, version: row.version + 1, updatedAt: nowIso() };
        await tx.update(entries).set(updated).where(byKey(id));
        const statusChange = { field: 'entryStatus', old: row.status, new: updated.status };
        await appendRevision(tx, updated, outcome.kind, who, [statusChange, ...(outcome.changes ?? [])], options);
        const event = outboxEventOf(outcome.kind, row, outcome.changes ?? []);
        if (event) await appendOutbox(tx, { entityType: type, entityId: id, version: updated.version, ...event });
        return updated;
      })
    );
  };

  return {
    type,
    /** The caller as a curator of a known organisation; UNAUTHENTICATED/FORBIDDEN otherwise. */
    curator,
    /** Whether `identity` may read the pending draft and its revisions (policy.ts), as a known curator. */
    async readsDraftOf(identity: Identity | null, row: EntryRow): Promise<boolean> {
      if (!mayReadDraft(row, identity)) return false;
      const known = await curator(identity).catch(() => null);
      return known !== null;
    },

    async create(identity: Identity | null, id: string, input: unknown, options: WriteOptions = {}): Promise<EntryRow> {
      const who = await curator(identity);
      const once = onceFor(db, who.sub);
      const earlier = await once.replay();
      if (earlier) return earlier;
      const draft = await validateDraft(id, input);
      return once.transaction(async (tx) => {
        const [existing] = await tx.select({ id: entries.entityId }).from(entries).where(byKey(id));
        if (existing) throw new ConflictError(`A ${type} with id "${id}" already exists.`, { field: 'input.id', reason: 'ALREADY_EXISTS' });
        const row: EntryRow = {
          entityType: type,
          entityId: id,
          ownerOrg: who.org,
          version: 1,
          status: 'DRAFT',
          published: null,
          ...draftBy(who, draft),
        };
        await tx.insert(entries).values(row);
        await appendRevision(tx, row, 'create', who, diffContent(null, draft), options);
        return row;
      });
    },

    /** Saves a draft. An edit in review goes back to DRAFT (it needs a new review); a save that changes nothing writes nothing. */
    async update(identity: Identity | null, id: string, expectedVersion: number, input: unknown, options: WriteOptions = {}): Promise<EntryRow> {
      const who = await curator(identity);
      const once = onceFor(db, who.sub);
      const earlier = await once.replay();
      if (earlier) return earlier;
      const draft = await validateDraft(id, input);
      return once.transaction(async (tx) => {
        const row = await load(tx, id);
        expectVersion(row, expectedVersion);
        authorize('update', row, who);
        const changes = diffContent(row.draft ?? row.published, draft);
        if (changes.length === 0) return row;
        // An edit of a published entry starts a new draft; the published content stays visible.
        const updated: EntryRow = { ...row, version: row.version + 1, status: 'DRAFT', ...draftBy(who, draft) };
        await tx.update(entries).set(updated).where(byKey(id));
        await appendRevision(tx, updated, 'update', who, changes, options);
        return updated;
      });
    },

    submit: (identity: Identity | null, id: string, options: WriteOptions = {}) => step('submit', identity, id, options),
    /** Publishes the reviewed draft; `expectedVersion` binds it to the version the reviewer saw. */
    publish: (identity: Identity | null, id: string, options: WriteOptions = {}) => step('publish', identity, id, options),
    /** The reviewer's "no": an entry in review goes back to DRAFT for its editor (the resolver requires a comment). */
    sendBack: (identity: Identity | null, id: string, options: WriteOptions = {}) => step('sendBack', identity, id, options),
    /** On a published entry: a request; on a requested one, by another curator: the archiving. */
    archive: (identity: Identity | null, id: string, options: WriteOptions = {}) => step('archive', identity, id, options),
    /** Withdraws an archive request, or brings an archived entry back as a draft. */
    restore: (identity: Identity | null, id: string, options: WriteOptions = {}) => step('restore', identity, id, options),

    /** The entry as a curator sees it, or null when there is none. */
    async get(id: string): Promise<EntryRow | null> {
      const [row] = await reader.select().from(entries).where(byKey(id));
      return row ?? null;
    },

    /** Entries a curator works with: their organisation's, its proposals, unclaimed seed entries; admins: all. */
    async list(identity: Identity, statuses?: readonly EntryStatus[] | null): Promise<EntryRow[]> {
      const scope: SQL | undefined = hasRole(identity, 'admin')
        ? undefined
        : or(eq(entries.ownerOrg, identity.org ?? ''), eq(entries.draftOrg, identity.org ?? ''), isNull(entries.ownerOrg));
      return reader
        .select()
        .from(entries)
        .where(and(eq(entries.entityType, type), statuses?.length ? inArray(entries.status, [...statuses]) : undefined, scope))
        .orderBy(asc(entries.updatedAt));
    },

    async history(ids: readonly string[]): Promise<Map<string, RevisionRow[]>> {
      const rows = await reader
        .select()
        .from(revisions)
        .where(and(eq(revisions.entityType, type), inArray(revisions.entityId, [...ids])))
        .orderBy(asc(revisions.id));
      const byId = new Map<string, RevisionRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.entityId)?.push(row);
      return byId;
    },
    /** Records seeded content as a published entry unless curators touched it; leaves unchanged content alone (seeding.ts). */
    seedPublished: (tx: Tx, id: string, content: Draft): Promise<boolean> => seedPublished(tx, adapter, id, content),
  };
}
export type Curation<Draft extends Content = Content> = ReturnType<typeof createCuration<Draft>>;
