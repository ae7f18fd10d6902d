/**
 * The hand-written PostgreSQL migrations every subgraph shares (extensions, database rules, history import) are
 * copies of the one file in `services/kit/src/postgres/`. They used to be symbolic links, which a checkout or
 * copy without link support turns into a file holding the link's path: PostgreSQL then fails on `../..` at the
 * first migration. Copies survive any checkout; this test keeps them equal to kit's file, so a rule is still
 * written once, and a changed rule is noticed here (it needs a new migration, an applied one is never re-run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { describe, expect, it } from 'vitest';

const NAMES = SUBGRAPHS.map((s) => s.name);
const SHARED = { extensions: 'extensions.sql', database_rules: 'database-rules.sql', history_import: 'history-import.sql' };
const kitSql = (file: string) => readFileSync(path.join(repoRoot, 'services/kit/src/postgres', file), 'utf8');

/** Every `drizzle-pg/` folder of the repository's subgraphs and fixtures, with its shared migrations. */
function sharedMigrations(): { file: string; kitFile: string }[] {
  const folders = NAMES.map((name) => `services/${name}/drizzle-pg`);
  folders.push('services/kit/test/fixtures/notes-subgraph/drizzle-pg');
  return folders.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder)).flatMap((name) => {
      const role = Object.entries(SHARED).find(([suffix]) => name.endsWith(`_${suffix}.sql`));
      return role ? [{ file: `${folder}/${name}`, kitFile: role[1] }] : [];
    }),
  );
}

describe('shared PostgreSQL migrations', () => {
  const migrations = sharedMigrations();

  it('are found in every subgraph of the registry: extensions, database rules and history import', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['tools', 'facilities', 'standards', 'schools']));
    for (const name of NAMES) {
      const own = migrations.filter((m) => m.file.startsWith(`services/${name}/`)).map((m) => m.kitFile);
      expect(own.sort(), name).toEqual(Object.values(SHARED).sort());
    }
  });

  it("are real SQL files equal to kit's, not links or paths", () => {
    for (const { file, kitFile } of migrations) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      expect(text.startsWith('..'), file).toBe(false);
      expect(text, file).toBe(kitSql(kitFile));
    }
  });
});
