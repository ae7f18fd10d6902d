/**
 * Idempotent curation writes: a write made with an `Idempotency-Key` stores (subject, key, request
 * hash, answer) in the same transaction as the write itself, so after any crash either both exist or
 * neither. A retry with the same key and body gets the stored answer and writes nothing; the same key
 * with another body is refused (CONFLICT naming the header). Keys expire after 24 hours.
 */
import { and, eq, lt } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { ConflictError } from '../errors.ts';
import { currentIdempotencyKey, IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_MS, type KeyedRequest } from '../idempotency-key.ts';
import { idempotencyKeys, type EntryRow } from './tables.ts';

type Db = BetterSQLite3Database<Record<string, never>>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface Claim extends Omit<KeyedRequest, 'writes'> {
  subject: string;
  /** Which write of the request this is (mutations run one after another). */
  write: number;
}

/** The stored answer to this write of an earlier request with the same key; CONFLICT when that request differed. */
function storedAnswer(tx: Db | Tx, claim: Claim): EntryRow | undefined {
  const since = new Date(Date.now() - IDEMPOTENCY_TTL_MS).toISOString();
  const rows = tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.subject, claim.subject), eq(idempotencyKeys.key, claim.key)))
    .all()
    .filter((row) => row.createdAt >= since);
  if (rows.some((row) => row.requestHash !== claim.requestHash))
    throw new ConflictError(`${IDEMPOTENCY_HEADER} "${claim.key}" was used for a different request in the last 24 hours; send a new key with a new request.`, {
      field: IDEMPOTENCY_HEADER,
    });
  return rows.find((row) => row.write === claim.write)?.response;
}

/**
 * The writes of one curation call: `replay` answers a retry before any validation, `transaction` runs
 * the write in BEGIN IMMEDIATE and, for a keyed request, checks again and stores the answer with it.
 */
export function onceFor(db: Db, subject: string) {
  const request = currentIdempotencyKey();
  const claim: Claim | undefined = request && { key: request.key, requestHash: request.requestHash, subject, write: request.writes++ };
  return {
    replay: (): EntryRow | undefined => (claim ? storedAnswer(db, claim) : undefined),
    transaction: (write: (tx: Tx) => EntryRow): EntryRow =>
      db.transaction(
        (tx) => {
          if (!claim) return write(tx);
          const earlier = storedAnswer(tx, claim);
          if (earlier) return earlier;
          const answer = write(tx);
          const now = new Date();
          tx.delete(idempotencyKeys)
            .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()))
            .run();
          tx.insert(idempotencyKeys)
            .values({ ...claim, response: answer, createdAt: now.toISOString() })
            .run();
          return answer;
        },
        { behavior: 'immediate' },
      ),
  };
}
