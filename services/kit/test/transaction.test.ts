/**
 * withTransaction (transaction.ts) on both stores. SQLite: a transaction that awaits holds the
 * connection, and the next one waits for it instead of sending its statements into the open one.
 * PostgreSQL: a serialization failure (40001) is retried once, then answered with CONFLICT.
 */
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedPostgres, startPostgres, testPool } from '../src/testing.ts';
import { withTransaction } from '../src/transaction.ts';

/** A promise and its resolve, so a test decides when an awaiting transaction goes on. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('withTransaction on SQLite', () => {
  const client = new Database(':memory:');
  client.exec('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
  const db = drizzle(client);
  const texts = () => client.prepare('SELECT text FROM notes ORDER BY id').pluck().all();

  it('makes the next transaction wait while one awaits, so its statements never join the open one', async () => {
    const gate = deferred();
    const order: string[] = [];
    const first = withTransaction(db, async (tx) => {
      await tx.run(sql`INSERT INTO notes (text) VALUES ('first')`);
      order.push('first wrote');
      await gate.promise;
      order.push('first commits');
    });
    const second = withTransaction(db, async (tx) => {
      order.push('second starts');
      const seen = await tx.all<{ text: string }>(sql`SELECT text FROM notes`);
      await tx.run(sql`INSERT INTO notes (text) VALUES ('second')`);
      return seen.map((r) => r.text);
    });
    await new Promise((resolve) => setImmediate(resolve)); // let the second try to start
    expect(order).toEqual(['first wrote']);
    gate.resolve();
    await first;
    expect(await second).toEqual(['first']);
    expect(order).toEqual(['first wrote', 'first commits', 'second starts']);
    expect(texts()).toEqual(['first', 'second']);
    client.exec('DELETE FROM notes');
  });

  it('rolls back what a failed transaction wrote and keeps the next one that waited for it', async () => {
    const gate = deferred();
    const failed = withTransaction(db, async (tx) => {
      await tx.run(sql`INSERT INTO notes (text) VALUES ('lost')`);
      await gate.promise;
      throw new Error('refused');
    });
    const kept = withTransaction(db, async (tx) => tx.run(sql`INSERT INTO notes (text) VALUES ('kept')`));
    gate.resolve();
    await expect(failed).rejects.toThrow('refused');
    await kept;
    expect(texts()).toEqual(['kept']);
    expect(client.inTransaction).toBe(false);
    client.exec('DELETE FROM notes');
  });

  it('lets work scheduled inside a transaction start its own once that one ended', async () => {
    let later!: Promise<number>;
    const scheduled = new Promise<void>((resolve) => {
      void withTransaction(db, async () => {
        // A callback set inside the transaction carries its async context, but runs after the commit.
        setImmediate(() => {
          later = withTransaction(db, async () => 2);
          resolve();
        });
      });
    });
    await scheduled;
    expect(await later).toBe(2);
  });

  it('refuses a transaction started inside another on the same connection instead of waiting for itself', async () => {
    await expect(withTransaction(db, () => withTransaction(db, async () => 1))).rejects.toThrow(/already inside a transaction/);
    expect(client.inTransaction).toBe(false);
  });
});

describe('withTransaction on PostgreSQL', () => {
  let server: StartedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    server = await startPostgres();
    pool = testPool({ connectionString: server.url });
    // Refuses an odd value with 40001, as the version trigger refuses a version that skips.
    await pool.query(`CREATE TABLE counters (n integer NOT NULL);
      CREATE FUNCTION refuse_odd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.n % 2 = 1 THEN RAISE EXCEPTION 'odd' USING ERRCODE = '40001'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_odd BEFORE INSERT ON counters FOR EACH ROW EXECUTE FUNCTION refuse_odd();
      CREATE TABLE locks (n integer NOT NULL);
      CREATE FUNCTION deadlock_thrice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.n < 4 THEN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER deadlock_thrice BEFORE INSERT ON locks FOR EACH ROW EXECUTE FUNCTION deadlock_thrice();`);
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  it('retries a serialization failure once and commits the second attempt', async () => {
    const db = pgDrizzle(pool);
    let attempts = 0;
    await withTransaction(db, async (tx) => {
      attempts++;
      await (tx as unknown as typeof db).execute(sql`INSERT INTO counters (n) VALUES (${attempts * 10 + (attempts === 1 ? 1 : 0)})`);
    });
    expect(attempts).toBe(2);
    expect((await pool.query('SELECT n FROM counters')).rows).toEqual([{ n: 20 }]);
  });

  it('retries a deadlock (PostgreSQL rolled the transaction back) more than once: here three times', async () => {
    const db = pgDrizzle(pool);
    let attempts = 0;
    await withTransaction(db, async (tx) => {
      attempts++;
      await (tx as unknown as typeof db).execute(sql`INSERT INTO locks (n) VALUES (${attempts})`);
    });
    expect(attempts).toBe(4);
    expect((await pool.query('SELECT n FROM locks')).rows).toEqual([{ n: 4 }]);
  });

  it('answers CONFLICT when the second attempt fails the same way', async () => {
    const db = pgDrizzle(pool);
    let attempts = 0;
    const refused = withTransaction(db, async (tx) => {
      attempts++;
      await (tx as unknown as typeof db).execute(sql`INSERT INTO counters (n) VALUES (1)`);
    });
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(attempts).toBe(2);
  });
});
