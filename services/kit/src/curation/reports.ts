/**
 * "Meld een fout": anyone may report a problem with a published entry (no account), and curators see
 * the open reports and resolve them. Shared by every subgraph; each keeps its own entries' reports.
 * The mutation is public, so the input is strict (plain text, bounded) and open reports are capped
 * per entry and in total: a flood fills a cap, never the disk or a curator's whole list.
 */
import { and, asc, count, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Identity } from '../identity.ts';
import { type StoreDb, type StoreTx, withTransaction } from '../transaction.ts';
import { curationTablesOf } from './dialect-tables.ts';
import { inputError } from './input-error.ts';
import type { ProblemReportRow } from './report-table.ts';

export const REPORT_LIMITS = { messageMin: 10, messageMax: 2000, emailMax: 254, openPerEntry: 20, openTotal: 1000 } as const;

/** Markup of any kind (`<b>`, `</p>`, `<!--`, `<?`): reports are plain text. */
const MARKUP = /<\s*[a-z!?/]/i;
/** Control characters other than tab and newlines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const problemReportInput = z.object({
  message: z
    .string()
    .trim()
    .min(REPORT_LIMITS.messageMin, `at least ${REPORT_LIMITS.messageMin} characters`)
    .max(REPORT_LIMITS.messageMax, `at most ${REPORT_LIMITS.messageMax} characters`)
    .refine((text) => !MARKUP.test(text), 'plain text only, no HTML')
    .refine((text) => !CONTROL.test(text), 'no control characters'),
  email: z
    .string()
    .trim()
    .max(REPORT_LIMITS.emailMax)
    .pipe(z.email('not an e-mail address'))
    .nullish()
    .or(z.literal('').transform(() => null)),
});
export type ProblemReportInput = z.input<typeof problemReportInput>;

export interface ReportStoreOptions {
  openPerEntry?: number;
  openTotal?: number;
}

export function createReportStore(db: StoreDb, options: ReportStoreOptions = {}) {
  const { openPerEntry = REPORT_LIMITS.openPerEntry, openTotal = REPORT_LIMITS.openTotal } = options;
  const { entries, problemReports } = curationTablesOf(db);
  const reader = db as StoreTx;
  const open = eq(problemReports.status, 'OPEN');
  const countWhere = async (tx: StoreTx, where: ReturnType<typeof and>) => (await tx.select({ n: count() }).from(problemReports).where(where))[0]?.n ?? 0;
  return {
    /** Stores a reader's report on a published entry of `type`; NOT_FOUND when readers cannot see it. */
    async add(type: string, id: string, input: unknown): Promise<ProblemReportRow> {
      const parsed = problemReportInput.safeParse(input);
      if (!parsed.success) throw inputError(parsed.error);
      return withTransaction(db, async (tx) => {
        const [visible] = await tx
          .select({ id: entries.entityId })
          .from(entries)
          .where(and(eq(entries.entityType, type), eq(entries.entityId, id), isNotNull(entries.published), ne(entries.status, 'ARCHIVED')));
        if (!visible) throw new NotFoundError(`id: no published ${type} "${id}"`, { field: 'id' });
        if ((await countWhere(tx, and(open, eq(problemReports.entityType, type), eq(problemReports.entityId, id)))) >= openPerEntry)
          throw new ConflictError(`id: ${type} "${id}" already has ${openPerEntry} open reports; curators will look at them first`, { field: 'id' });
        if ((await countWhere(tx, open)) >= openTotal) throw new ConflictError('The curators have too many open reports right now; try again later.');
        const [row] = await tx
          .insert(problemReports)
          .values({ entityType: type, entityId: id, message: parsed.data.message, email: parsed.data.email ?? null })
          .returning();
        return row!;
      });
    },

    /** Open reports of `types`, oldest first. */
    async open(types: readonly string[], first = 100): Promise<ProblemReportRow[]> {
      return reader
        .select()
        .from(problemReports)
        .where(and(open, inArray(problemReports.entityType, [...types])))
        .orderBy(asc(problemReports.id))
        .limit(Math.max(0, Math.min(first, 100)));
    },

    /** Marks an open report of `type` resolved by `who`; NOT_FOUND for another type's or an unknown id. */
    async resolve(type: string, id: string, who: Identity, comment?: string | null): Promise<ProblemReportRow> {
      const key = Number(id);
      const [resolved] = Number.isSafeInteger(key)
        ? await reader
            .update(problemReports)
            .set({
              status: 'RESOLVED',
              resolvedAt: new Date().toISOString(),
              resolvedBySub: who.sub,
              resolvedByName: who.name ?? null,
              resolvedByOrg: who.org,
              resolution: comment?.slice(0, REPORT_LIMITS.messageMax) ?? null,
            })
            .where(and(eq(problemReports.id, key), eq(problemReports.entityType, type), open))
            .returning()
        : [];
      if (!resolved) throw new NotFoundError(`id: no open ${type} report "${id}"`, { field: 'id' });
      return resolved;
    },
  };
}
export type ReportStore = ReturnType<typeof createReportStore>;
