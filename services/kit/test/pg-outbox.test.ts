/**
 * The outbox (curation/outbox.ts) when replicas share one PostgreSQL: the feed merge relies on "no event
 * with an earlier `at` than a watermark already handed out is committed later". Two handles (two pools,
 * as two replicas have) write concurrently with transactions that stay open a while after their event,
 * and a reader reads the outbox over and over meanwhile.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendOutbox, readOutbox } from '../src/curation/outbox.ts';
import { type StartedPostgres, startPostgres } from '../src/testing.ts';
import { withTransaction } from '../src/transaction.ts';
import { type NotesDb, openNotesPostgres } from './fixtures/notes-subgraph/src/definition.ts';

let server: StartedPostgres;
const handles: NotesDb[] = [];
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  for (const db of handles) await db.$client.end();
  await server?.stop();
});

/** Two replicas' handles on one schema. */
async function replicas(schema: string): Promise<[NotesDb, NotesDb]> {
  const a = await openNotesPostgres(server.url, schema);
  const b = await openNotesPostgres(server.url, schema);
  handles.push(a, b);
  return [a, b];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const event = (id: number) => ({ entityType: 'Note', entityId: String(id), action: 'published' as const, version: 1, fields: ['text'] });

describe('the outbox of replicas on one PostgreSQL', () => {
  it('stamps events in commit order, and commits none before a watermark already handed out', async () => {
    const [a, b] = await replicas('two_writers');
    const reads: { watermark: string; lastSeq: number }[] = [];
    let writing = true;
    const reader = (async () => {
      for (let i = 0; writing; i++) {
        const page = await readOutbox(i % 2 ? a : b, 0, 1000);
        reads.push({ watermark: page.watermark, lastSeq: page.events.at(-1)?.seq ?? 0 });
      }
    })();
    // Each writer keeps its transaction open a little after stamping its event, as a publish does while it finishes.
    const write = (db: NotesDb, id: number) =>
      withTransaction(db, async (tx) => {
        await sleep((id * 7) % 5);
        await appendOutbox(tx, event(id));
        await sleep((id * 3) % 7);
      });
    await Promise.all(Array.from({ length: 40 }, (_, id) => write(id % 2 ? a : b, id)));
    writing = false;
    await reader;

    const all = (await readOutbox(a, 0, 1000)).events;
    expect(all).toHaveLength(40);
    for (let i = 1; i < all.length; i++) expect(all[i]!.at >= all[i - 1]!.at, `event ${all[i]!.seq} is stamped before ${all[i - 1]!.seq}`).toBe(true);
    expect(reads.length).toBeGreaterThan(1);
    for (const read of reads)
      for (const later of all.filter((e) => e.seq > read.lastSeq))
        expect(later.at >= read.watermark, `event ${later.seq} at ${later.at} was committed after watermark ${read.watermark}`).toBe(true);
  });

  it("takes the time from the database, not from the writing process's clock", async () => {
    const [a, b] = await replicas('skewed_clock');
    await withTransaction(a, (tx) => appendOutbox(tx, event(1)));
    const { watermark } = await readOutbox(a, 0, 100);
    const { rows } = await b.execute<{ now: string }>(sql`SELECT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`);
    // Replica b's machine is a minute behind.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 60_000 });
    try {
      const written = await withTransaction(b, (tx) => appendOutbox(tx, event(2)));
      expect(written.at >= rows[0]!.now).toBe(true);
      expect(written.at >= watermark).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands out a watermark no earlier than the latest event and the database clock, also on an empty outbox', async () => {
    const [a] = await replicas('empty_outbox');
    const before = (await a.execute<{ now: string }>(sql`SELECT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`))
      .rows[0]!.now;
    const page = await readOutbox(a, 0, 100);
    expect(page.events).toEqual([]);
    expect(page.watermark >= before).toBe(true);
    expect(page.watermark).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
