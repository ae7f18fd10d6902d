/** The backup and restore commands read DATA_DIR alone: a subgraph's port setting is none of their business. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'edu-ops-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cli: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/${cli}`, path.join(dir, 'backup')], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, DATA_DIR: dir, TOOLS_PORT: 'eighty' },
    encoding: 'utf8',
  });

describe('backup and restore configuration', () => {
  it.each(['backup-cli.ts', 'restore-cli.ts'])(
    '%s ignores a bad TOOLS_PORT and names the real problem',
    (cli) => {
      const result = run(cli);
      expect(result.status).toBe(1);
      expect(result.stderr).not.toMatch(/TOOLS_PORT|at .*\.ts:\d+/);
      expect(result.stderr).toMatch(/^(backup failed|restore refused): /m);
    },
    60_000,
  );
});
