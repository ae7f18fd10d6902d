/**
 * All writes of usage declarations by their school: declare, update and withdraw, each in one transaction
 * (usage-outbox.ts) with its audit row, the hourly limit and an outbox event, so the change feed (and every
 * gateway's response cache) learns at once that a tool's aggregates changed.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@edu-catalogus/kit/runtime';
import { and, asc, desc, eq } from 'drizzle-orm';
import { queryable, type SchoolsStoreDb, schoolsTablesOf } from './dialect.ts';
import type { UsageInput } from './usage-input.ts';
import { ensureSchool } from './school-store.ts';
import { checkHourlyLimit, PER_HOUR } from './usage-limit.ts';
import { usageChanged, usageTransaction } from './usage-outbox.ts';
import type { Tx, UsageDeclarationRow } from './tables.ts';

/** The school a token speaks for and the pseudonymous subject of the staff member (kept for audit only). */
export interface SchoolActor {
  school: string;
  sub: string;
  schoolName?: string | undefined;
}

export interface UsageStoreOptions {
  /** Declarations, updates, withdrawals and profile changes one school may make per hour (default 30). */
  perHour?: number;
  now?: () => Date;
}

export function createUsageStore(db: SchoolsStoreDb, options: UsageStoreOptions = {}) {
  const perHour = options.perHour ?? PER_HOUR;
  const now = options.now ?? (() => new Date());
  const { usageAudit, usageDeclarations } = schoolsTablesOf(db);
  const write = <T>(fn: (tx: Tx, at: string) => Promise<T>): Promise<T> => usageTransaction(db, (tx) => fn(tx, now().toISOString()));
  const audit = (tx: Tx, actor: SchoolActor, toolId: string | null, action: string, at: string) =>
    queryable(tx).insert(usageAudit).values({ schoolId: actor.school, toolId, action, sub: actor.sub, at });

  const checkLimit = (tx: Tx, school: string, at: string) => checkHourlyLimit(tx, school, at, perHour);

  const own = async (tx: Tx, school: string, toolId: string): Promise<UsageDeclarationRow | undefined> =>
    (
      await queryable(tx)
        .select()
        .from(usageDeclarations)
        .where(and(eq(usageDeclarations.schoolId, school), eq(usageDeclarations.toolId, toolId)))
    )[0];

  /** A changed note waits for a curator again; an unchanged one keeps its review. */
  const noteFields = (input: UsageInput, before?: UsageDeclarationRow) => {
    if (input.note === null) return { note: null, noteStatus: null, noteRejection: null, noteReviewedAt: null };
    if (before && before.note === input.note) return {};
    return { note: input.note, noteStatus: 'PENDING', noteRejection: null, noteReviewedAt: null };
  };

  return {
    ofSchool: async (school: string): Promise<UsageDeclarationRow[]> =>
      queryable(db)
        .select()
        .from(usageDeclarations)
        .where(eq(usageDeclarations.schoolId, school))
        .orderBy(desc(usageDeclarations.declaredAt), asc(usageDeclarations.toolId)),

    declare: (actor: SchoolActor, input: UsageInput): Promise<UsageDeclarationRow> =>
      write(async (tx, at) => {
        await checkLimit(tx, actor.school, at);
        if (await own(tx, actor.school, input.tool))
          throw new ConflictError(`input.tool: this school already declared "${input.tool}"; change it with updateToolUsage`, { field: 'input.tool' });
        await ensureSchool(tx, actor.school, actor.schoolName, at);
        const { tool, ...rest } = input;
        const row = { id: randomUUID(), schoolId: actor.school, toolId: tool, ...rest, ...noteFields(input), version: 1, declaredAt: at, updatedAt: at };
        await queryable(tx).insert(usageDeclarations).values(row);
        await audit(tx, actor, tool, 'declared', at);
        await usageChanged(tx, tool);
        return (await own(tx, actor.school, tool))!;
      }),

    update: (actor: SchoolActor, input: UsageInput): Promise<UsageDeclarationRow> =>
      write(async (tx, at) => {
        const before = await own(tx, actor.school, input.tool);
        if (!before) throw new NotFoundError(`input.tool: this school has not declared "${input.tool}"`, { field: 'input.tool' });
        await checkLimit(tx, actor.school, at);
        const { since, purpose, namedPublicly, contactable } = input;
        const changes = { since, purpose, namedPublicly, contactable, ...noteFields(input, before), version: before.version + 1, updatedAt: at };
        await queryable(tx).update(usageDeclarations).set(changes).where(eq(usageDeclarations.id, before.id));
        await audit(tx, actor, input.tool, 'updated', at);
        await usageChanged(tx, input.tool);
        return (await own(tx, actor.school, input.tool))!;
      }),

    withdraw: (actor: SchoolActor, toolId: string): Promise<string> =>
      write(async (tx, at) => {
        const before = await own(tx, actor.school, toolId);
        if (!before) throw new NotFoundError(`tool: this school has not declared "${toolId}"`, { field: 'tool' });
        await checkLimit(tx, actor.school, at);
        await queryable(tx).delete(usageDeclarations).where(eq(usageDeclarations.id, before.id));
        await audit(tx, actor, toolId, 'withdrawn', at);
        await usageChanged(tx, toolId);
        return toolId;
      }),
  };
}
export type UsageStore = ReturnType<typeof createUsageStore>;
