import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecret } from '../src/entries/runtime.ts';
import { closeDatabase, openDatabase } from '../src/entries/data.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'edu-modes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const migrations = path.join(scratch, 'migrations');
mkdirSync(path.join(migrations, 'meta'), { recursive: true });
writeFileSync(path.join(migrations, 'meta/_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries: [] }));
const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('files in DATA_DIR are the owner’s only', () => {
  it('creates DATA_DIR 0700 and the database, its WAL and shared-memory files 0600', () => {
    const dataDir = path.join(scratch, 'new-data');
    const file = path.join(dataDir, 'things.db');
    const db = openDatabase({ file, schema: { things: sqliteTable('things', { id: text('id') }) }, migrationsFolder: migrations });
    db.$client.exec('CREATE TABLE things (id TEXT); INSERT INTO things VALUES (1)');
    expect(mode(dataDir)).toBe('700');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, '600']);
    closeDatabase(db.$client);
  });

  it('creates a DATA_DIR 0700 when the first thing written is a secret', () => {
    const dataDir = path.join(scratch, 'secret-first');
    loadOrCreateSecret(dataDir);
    expect(mode(dataDir)).toBe('700');
  });
});
