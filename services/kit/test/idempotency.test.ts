/** Keyed curation writes (curation/idempotency.ts): stored with the write, replayed on a retry, refused with another body, forgotten after 24 hours. */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onceFor, type EntryRow } from '../src/curation/index.ts';
import { withIdempotencyKey } from '../src/idempotency-key.ts';

const client = new Database(':memory:');
// As the subgraphs' migration creates it.
client.exec(`CREATE TABLE idempotency_keys (subject text NOT NULL, key text NOT NULL, write integer NOT NULL, request_hash text NOT NULL,
  response text NOT NULL, created_at text NOT NULL, PRIMARY KEY(subject, key, write))`);
const db = drizzle(client);
afterEach(() => vi.useRealTimers());

let writes = 0;
const row = (id: string) => ({ entityType: 'Tool', entityId: id, version: 1 }) as EntryRow;
/** One request with `key` whose body is `query`: a write that counts itself, answered by replay when it can be. */
const request = (key: string | undefined, query: string, id: string) =>
  withIdempotencyKey(key, { query }, async () => {
    const once = onceFor(db, 'alice');
    return (
      (await once.replay()) ??
      once.transaction(async () => {
        writes++;
        return row(id);
      })
    );
  });

describe('idempotent curation writes', () => {
  it('writes once per key and body, refuses another body, and forgets the key after 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
    expect(await request('k1', 'mutation { a }', 'first')).toEqual(row('first'));
    expect(await request('k1', 'mutation { a }', 'second')).toEqual(row('first'));
    expect(writes).toBe(1);
    await expect(request('k1', 'mutation { b }', 'third')).rejects.toThrow(/Idempotency-Key "k1" was used for a different request/);
    vi.setSystemTime(new Date('2026-12-01T10:00:01Z'));
    expect(await request('k1', 'mutation { b }', 'fourth')).toEqual(row('fourth'));
    expect(writes).toBe(2);
    // The expired row was deleted by that write: one row remains, the new one.
    expect(client.prepare('SELECT count(*) AS n FROM idempotency_keys').get()).toEqual({ n: 1 });
  });

  it('writes every time without a key', async () => {
    const before = writes;
    await request(undefined, 'mutation { a }', 'x');
    await request(undefined, 'mutation { a }', 'x');
    expect(writes).toBe(before + 2);
  });
});
