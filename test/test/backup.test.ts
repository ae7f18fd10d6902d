/** Restore drill: write under load, back up (a real `npm run backup` process), restore elsewhere, compare. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILES, restoreDataDir, verifyBackup } from '@edu-catalogus/ops';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand } from '../src/process.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { startWriteLoad } from '../src/write-load.ts';

let stack: Stack;
let scratch: string;
beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMIT: '100000' } });
  scratch = mkdtempSync(path.join(tmpdir(), 'edu-backup-'));
});
afterAll(async () => {
  await stack?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

async function run(script: string, args: string[], env: Record<string, string>) {
  const child = startCommand(process.execPath, ['--import', 'tsx', `services/ops/src/${script}`, ...args], env);
  const code = await child.exited;
  return { code, output: child.lines.map((l) => l.text).join('\n') };
}

describe('backup and restore', () => {
  it('restores a backup taken under write load to a consistent snapshot holding every write acknowledged before it', async () => {
    const load = await startWriteLoad(stack);
    await load.reached(10);
    const acknowledgedBefore = new Set(load.acknowledged);
    const backupDir = path.join(scratch, 'drill');
    const backup = await run('backup-cli.ts', [backupDir], { DATA_DIR: stack.dataDir });
    const acknowledgedDuring = load.acknowledged.size - acknowledgedBefore.size;
    await load.stop();
    expect(backup.code, backup.output).toBe(0);
    expect(acknowledgedDuring).toBeGreaterThan(0);
    expect(load.failures).toEqual([]);

    const restoredDir = path.join(scratch, 'restored');
    const restore = await run('restore-cli.ts', [backupDir], { DATA_DIR: restoredDir });
    expect(restore.code, restore.output).toBe(0);

    for (const file of DATABASE_FILES) {
      const live = path.join(stack.dataDir, file);
      const restored = path.join(restoredDir, file);
      expect(rows(restored, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      // Revisions are append-only: a consistent snapshot holds exactly the first n of them, unchanged.
      const restoredRevisions = rows(restored, 'SELECT * FROM revisions ORDER BY id');
      const liveRevisions = rows(live, 'SELECT * FROM revisions ORDER BY id');
      expect(restoredRevisions).toEqual(liveRevisions.slice(0, restoredRevisions.length));
      // Every entry is as it was at its last restored revision: equal to the live one, or older than it and matching its revisions.
      const lastVersion = new Map(
        rows(restored, "SELECT entity_type || '/' || entity_id AS k, max(version) AS v FROM revisions GROUP BY 1").map((r) => [r.k, r.v]),
      );
      const liveEntries = new Map(rows(live, "SELECT entity_type || '/' || entity_id AS k, * FROM entries").map((r) => [r.k, r]));
      for (const entry of rows(restored, "SELECT entity_type || '/' || entity_id AS k, * FROM entries")) {
        const now = liveEntries.get(entry.k);
        if (now?.version === entry.version) expect(entry).toEqual(now);
        else expect([entry.k, (now?.version as number) > (entry.version as number), lastVersion.get(entry.k)]).toEqual([entry.k, true, entry.version]);
        if (entry.status === 'PUBLISHED') expect(lastVersion.get(entry.k) ?? entry.version, String(entry.k)).toBe(entry.version);
      }
      expect(rows(restored, 'SELECT count(*) AS n FROM entries')[0]!.n).toBeGreaterThan(0);
    }
    const restoredOrgs = new Set(
      rows(path.join(restoredDir, 'facilities.db'), "SELECT entity_id FROM entries WHERE entity_type = 'Organisation'").map((r) => r.entity_id),
    );
    for (const id of acknowledgedBefore) expect(restoredOrgs.has(id), id).toBe(true);
  }, 120_000);

  it('refuses a partial or altered backup, and a DATA_DIR whose databases are in use', async () => {
    const good = path.join(scratch, 'drill');
    const target = path.join(scratch, 'refused');
    const partial = path.join(scratch, 'partial');
    const copy = await run('backup-cli.ts', [partial], { DATA_DIR: stack.dataDir });
    expect(copy.code, copy.output).toBe(0);
    rmSync(path.join(partial, 'manifest.json'));
    expect(() => restoreDataDir(partial, target)).toThrow(/no manifest\.json/);
    const altered = path.join(scratch, 'altered');
    expect((await run('backup-cli.ts', [altered], { DATA_DIR: stack.dataDir })).code).toBe(0);
    writeFileSync(path.join(altered, 'standards.db'), 'not a database');
    expect(() => verifyBackup(altered)).toThrow(/standards\.db does not match its checksum/);
    expect(() => restoreDataDir(good, stack.dataDir)).toThrow(/in use; stop the services first/);
  }, 120_000);
});
