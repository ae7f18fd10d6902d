/**
 * The curation workflow of one entity type: create, update, submit, publish, archive. Each write
 * checks the expected version and appends a revision in the same BEGIN IMMEDIATE transaction, so
 * two curators saving at once cannot both win and nothing is half-written.
 */
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { z } from 'zod';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { hasRole, type Identity } from '../identity.ts';
import { diffContent } from './diff.ts';
import { authorize, requireCurator, type Action } from './policy.ts';
import { entries, revisions, type EntryRow, type EntryStatus, type FieldChange, type RevisionRow } from './tables.ts';

type Content = Record<string, unknown>;
type Tx = Parameters<Parameters<BetterSQLite3Database<any>['transaction']>[0]>[0];

export interface EntityAdapter<Draft extends Content> {
  /** GraphQL type name, also the `entity_type` of its rows (`Tool`). */
  type: string;
  /** Validates what a curator typed; partial content is allowed in a draft. */
  draftSchema: z.ZodType<Draft>;
  /** What an entry must hold before it can be submitted and published. */
  publishSchema: z.ZodType<unknown>;
  /** Checks that referenced ids exist (locally or by asking the owning subgraph); throws InputError. */
  checkReferences: (draft: Draft) => Promise<void>;
  /** Writes published content into the entity's public tables. */
  publish: (tx: Tx, id: string, content: Draft) => void;
  /** Hides the entity from anonymous readers. */
  archive: (tx: Tx, id: string) => void;
}

export interface WriteOptions {
  comment?: string | null | undefined;
}

const nowIso = () => new Date().toISOString();

/** zod issues -> BAD_USER_INPUT naming the input path (`input.license.expression`), all issues listed. */
export function inputError(error: z.ZodError, root = 'input'): InputError {
  const problems = error.issues.map((issue) => ({ field: [root, ...issue.path.map(String)].join('.'), message: issue.message }));
  const [first] = problems;
  return new InputError(first?.field ?? root, `${first?.field ?? root}: ${first?.message ?? 'invalid'}`, { problems });
}

export function createCuration<Draft extends Content>(db: BetterSQLite3Database<any>, adapter: EntityAdapter<Draft>) {
  const type = adapter.type;
  const byKey = (id: string) => and(eq(entries.entityType, type), eq(entries.entityId, id));

  const load = (tx: Tx | BetterSQLite3Database<any>, id: string): EntryRow => {
    const [row] = tx.select().from(entries).where(byKey(id)).all();
    if (!row) throw new NotFoundError(`There is no ${type} "${id}".`, { field: 'id' });
    return row;
  };

  const appendRevision = (tx: Tx, row: Pick<EntryRow, 'entityId' | 'version'>, action: Action, identity: Identity, changes: FieldChange[], options: WriteOptions) =>
    tx
      .insert(revisions)
      .values({
        entityType: type,
        entityId: row.entityId,
        version: row.version,
        action: action.toUpperCase(),
        actorSub: identity.sub,
        actorName: identity.name ?? null,
        actorOrg: identity.org,
        at: nowIso(),
        changes,
        comment: options.comment ?? null,
      })
      .run();

  const validateDraft = async (input: unknown): Promise<Draft> => {
    const parsed = adapter.draftSchema.safeParse(input);
    if (!parsed.success) throw inputError(parsed.error);
    await adapter.checkReferences(parsed.data);
    return parsed.data;
  };

  const expectVersion = (row: EntryRow, expectedVersion: number) => {
    if (row.version !== expectedVersion) {
      throw new ConflictError(`${type} "${row.entityId}" is at version ${row.version}, not ${expectedVersion}: someone saved first. Reload and reapply your change.`, {
        currentVersion: row.version,
        field: 'expectedVersion',
      });
    }
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

  /** The workflow steps that change only the status (and, for publish, the public tables). */
  const transition = (action: 'submit' | 'publish' | 'archive', id: string, identity: Identity | null, options: WriteOptions) => {
    const who = requireCurator(identity);
    return db.transaction(
      (tx) => {
        const row = load(tx, id);
        authorize(action, row, who);
        let next: Pick<EntryRow, 'status'> & Partial<EntryRow>;
        let contentChanges: FieldChange[] = [];
        if (action === 'submit') {
          completeDraft(row);
          next = { status: 'IN_REVIEW' };
        } else if (action === 'publish') {
          const draft = completeDraft(row);
          adapter.publish(tx, id, draft);
          contentChanges = diffContent(row.published, draft);
          next = { status: 'PUBLISHED', published: draft, draft: null, draftOrg: null };
        } else {
          adapter.archive(tx, id);
          next = { status: 'ARCHIVED' };
        }
        const updated = { ...row, ...next, version: row.version + 1, updatedAt: nowIso() };
        tx.update(entries).set(updated).where(byKey(id)).run();
        appendRevision(tx, updated, action, who, [{ field: 'entryStatus', old: row.status, new: next.status }, ...contentChanges], options);
        return updated;
      },
      { behavior: 'immediate' },
    );
  };

  return {
    type,

    async create(identity: Identity | null, id: string, input: unknown, options: WriteOptions = {}): Promise<EntryRow> {
      const who = requireCurator(identity);
      const draft = await validateDraft(input);
      return db.transaction(
        (tx) => {
          const [existing] = tx.select({ id: entries.entityId }).from(entries).where(byKey(id)).all();
          if (existing) throw new ConflictError(`A ${type} with id "${id}" already exists.`, { field: 'input.id' });
          const row: EntryRow = {
            entityType: type,
            entityId: id,
            ownerOrg: who.org,
            version: 1,
            status: 'DRAFT',
            published: null,
            ...draftBy(who, draft),
          };
          tx.insert(entries).values(row).run();
          appendRevision(tx, row, 'create', who, diffContent(null, draft), options);
          return row;
        },
        { behavior: 'immediate' },
      );
    },

    async update(identity: Identity | null, id: string, expectedVersion: number, input: unknown, options: WriteOptions = {}): Promise<EntryRow> {
      const who = requireCurator(identity);
      const draft = await validateDraft(input);
      return db.transaction(
        (tx) => {
          const row = load(tx, id);
          expectVersion(row, expectedVersion);
          authorize('update', row, who);
          const before = row.draft ?? row.published;
          const updated: EntryRow = {
            ...row,
            version: row.version + 1,
            // An edit of a published entry starts a new draft; the published content stays visible.
            status: row.status === 'IN_REVIEW' ? 'IN_REVIEW' : 'DRAFT',
            ...draftBy(who, draft),
          };
          tx.update(entries).set(updated).where(byKey(id)).run();
          appendRevision(tx, updated, 'update', who, diffContent(before, draft), options);
          return updated;
        },
        { behavior: 'immediate' },
      );
    },

    submit: (identity: Identity | null, id: string, options: WriteOptions = {}) => transition('submit', id, identity, options),
    publish: (identity: Identity | null, id: string, options: WriteOptions = {}) => transition('publish', id, identity, options),
    archive: (identity: Identity | null, id: string, options: WriteOptions = {}) => transition('archive', id, identity, options),

    /** The entry as a curator sees it, or null when there is none. */
    get(id: string): EntryRow | null {
      return db.select().from(entries).where(byKey(id)).get() ?? null;
    },

    /** Entries a curator works with: their organisation's, its proposals, unclaimed seed entries; admins: all. */
    list(identity: Identity, statuses?: readonly EntryStatus[] | null): EntryRow[] {
      const scope: SQL | undefined = hasRole(identity, 'admin')
        ? undefined
        : or(eq(entries.ownerOrg, identity.org ?? ''), eq(entries.draftOrg, identity.org ?? ''), isNull(entries.ownerOrg));
      return db
        .select()
        .from(entries)
        .where(and(eq(entries.entityType, type), statuses?.length ? inArray(entries.status, [...statuses]) : undefined, scope))
        .orderBy(asc(entries.updatedAt))
        .all();
    },

    history(ids: readonly string[]): Map<string, RevisionRow[]> {
      const rows = db
        .select()
        .from(revisions)
        .where(and(eq(revisions.entityType, type), inArray(revisions.entityId, [...ids])))
        .orderBy(asc(revisions.id))
        .all();
      const byId = new Map<string, RevisionRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.entityId)?.push(row);
      return byId;
    },

    /** Records seeded content as a published entry (version 1) unless curators already touched it. */
    seedPublished(tx: Tx, id: string, content: Draft): boolean {
      const [existing] = tx.select().from(entries).where(byKey(id)).all();
      if (existing && (existing.version > 1 || existing.ownerOrg !== null)) return false;
      const row = { entityType: type, entityId: id, ownerOrg: null, version: 1, status: 'PUBLISHED' as const, published: content, draft: null, draftOrg: null, lastEditorSub: null, lastEditorName: null, lastEditorOrg: null, updatedAt: nowIso() };
      if (existing) tx.update(entries).set(row).where(byKey(id)).run();
      else tx.insert(entries).values(row).run();
      adapter.publish(tx, id, content);
      return true;
    },
  };
}
export type Curation<Draft extends Content = Content> = ReturnType<typeof createCuration<Draft>>;
