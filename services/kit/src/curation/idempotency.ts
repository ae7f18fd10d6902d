/**
 * Idempotent curation writes: a write made with an `Idempotency-Key` stores (subject, key, request
 * hash, answer) in the same transaction as the write itself, so after any crash either both exist or
 * neither. A retry with the same key and body gets the stored answer and writes nothing; the same key
 * with another body is refused (CONFLICT naming the header). Keys expire after 24 hours.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import { ConflictError } from '../errors.ts';
import { currentIdempotencyKey, IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_MS, type KeyedRequest } from '../idempotency-key.ts';
import { isPostgres, type StoreDb, type StoreTx, withTransaction } from '../transaction.ts';
import { curationTablesOf } from './dialect-tables.ts';
import type { EntryRow } from './tables.ts';

interface Claim extends Omit<KeyedRequest, 'writes'> {
  subject: string;
  /** Which write of the request this is (mutations run one after another). */
  write: number;
}

/** The stored answer to this write of an earlier request with the same key; CONFLICT when that request differed. */
async function storedAnswer(tx: StoreDb | StoreTx, claim: Claim): Promise<EntryRow | undefined> {
  const { idempotencyKeys } = curationTablesOf(tx);
  const since = new Date(Date.now() - IDEMPOTENCY_TTL_MS).toISOString();
  const rows = (
    await (tx as StoreTx)
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.subject, claim.subject), eq(idempotencyKeys.key, claim.key)))
  ).filter((row) => row.createdAt >= since);
  if (rows.some((row) => row.requestHash !== claim.requestHash))
    throw new ConflictError(`${IDEMPOTENCY_HEADER} "${claim.key}" was used for a different request in the last 24 hours; send a new key with a new request.`, {
      field: IDEMPOTENCY_HEADER,
    });
  return rows.find((row) => row.write === claim.write)?.response;
}

/**
 * The writes of one curation call: `replay` answers a retry before any validation, `transaction` runs
 * the write in one transaction (withTransaction) and, for a keyed request, checks again and stores the answer with it.
 */
export function onceFor(db: StoreDb, subject: string) {
  const request = currentIdempotencyKey();
  const claim: Claim | undefined = request && { key: request.key, requestHash: request.requestHash, subject, write: request.writes++ };
  const { idempotencyKeys } = curationTablesOf(db);
  return {
    replay: async (): Promise<EntryRow | undefined> => (claim ? storedAnswer(db, claim) : undefined),
    transaction: (write: (tx: StoreTx) => Promise<EntryRow>): Promise<EntryRow> =>
      withTransaction(db, async (tx) => {
        if (!claim) return write(tx);
        // PostgreSQL: a retry on another connection waits here for the first write's commit, then finds its answer.
        if (isPostgres(tx)) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${claim.subject}), hashtext(${claim.key}))`);
        const earlier = await storedAnswer(tx, claim);
        if (earlier) return earlier;
        const answer = await write(tx);
        const now = new Date();
        await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()));
        await tx.insert(idempotencyKeys).values({ ...claim, response: answer, createdAt: now.toISOString() });
        return answer;
      }),
  };
}
