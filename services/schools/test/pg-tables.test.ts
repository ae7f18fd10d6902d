/**
 * The schools subgraph on a real PostgreSQL: its migrations (kit's shared extensions and database rules,
 * linked) and the copy of a SQLite store with offerings, advice, schools, declarations and their audit.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSchoolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { copySchoolsToPostgres } from '../src/store/pg-copy-from-sqlite.ts';
import { openSchoolsPostgres, type SchoolsPgDb } from '../src/store/pg-open.ts';
import * as pg from '../src/store/pg-tables.ts';
import * as sqlite from '../src/store/tables.ts';

let server: StartedPostgres;
let db: SchoolsPgDb;
let source: sqlite.SchoolsDb;
const at = '2026-11-30T10:00:00.000Z';

beforeAll(async () => {
  server = await startPostgres();
  db = await openSchoolsPostgres(server.url);
  source = definition.open(':memory:');
  await seedSchoolsDb(source, loadCatalogue(undefined, normalizeText));
  source
    .insert(sqlite.schools)
    .values({ id: '00AA', name: 'De Linde', sectors: ['po'], createdAt: at, updatedAt: at })
    .run();
  const declaration = { schoolId: '00AA', since: '2025-08', namedPublicly: true, contactable: false, version: 1, declaredAt: at, updatedAt: at };
  source
    .insert(sqlite.usageDeclarations)
    .values([
      { ...declaration, id: 'u1', toolId: 'nextcloud' },
      { ...declaration, id: 'u2', toolId: 'moodle', namedPublicly: false },
    ])
    .run();
  source.insert(sqlite.usageAudit).values({ schoolId: '00AA', toolId: 'nextcloud', action: 'declared', sub: 's1', at }).run();
  // Seeding writes no revisions: one offering's, as curation leaves it in SQLite.
  const [entry] = source.select().from(sqlite.entries).limit(1).all();
  source
    .insert(sqlite.revisions)
    .values({ entityType: entry!.entityType, entityId: entry!.entityId, version: 1, action: 'CREATE', actorSub: 'a', changes: [] })
    .run();
  await copySchoolsToPostgres(source, db);
});
afterAll(async () => {
  await db?.$client.end();
  await server?.stop();
});

describe('schools on PostgreSQL', () => {
  it('creates every table of the SQLite store (less its FTS5 index) in the schools schema', async () => {
    const { rows } = await db.$client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'schools' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      ...['__drizzle_migrations', 'advice', 'entries', 'offerings', 'outbox', 'request_nonces', 'revisions', 'schools'],
      ...['text_search_documents', 'text_search_state', 'text_search_words', 'usage_audit', 'usage_declarations'],
    ]);
  });

  it('copies every row as SQLite reads it (booleans and JSON included)', async () => {
    for (const [from, to] of [
      [sqlite.offerings, pg.offerings],
      [sqlite.advice, pg.advice],
      [sqlite.schools, pg.schools],
      [sqlite.usageDeclarations, pg.usageDeclarations],
      [sqlite.usageAudit, pg.usageAudit],
      [sqlite.entries, pg.entries],
      [sqlite.revisions, pg.revisions],
    ] as const) {
      const rows = source.select().from(from).orderBy(sql`1, 2`).all();
      expect(rows.length).toBeGreaterThan(0);
      expect(await db.select().from(to).orderBy(sql`1, 2`)).toEqual(rows);
    }
  });

  it('keeps one declaration per school and tool, and numbers the audit on after the copied rows', async () => {
    const again = {
      id: 'u3',
      schoolId: '00AA',
      toolId: 'nextcloud',
      since: '2025-08',
      namedPublicly: false,
      contactable: false,
      version: 1,
      declaredAt: at,
      updatedAt: at,
    };
    await expect(db.insert(pg.usageDeclarations).values(again)).rejects.toThrow();
    const [row] = await db.insert(pg.usageAudit).values({ schoolId: '00AA', toolId: 'moodle', action: 'declared', sub: 's1', at }).returning();
    expect(row?.seq).toBe(2);
  });
});
