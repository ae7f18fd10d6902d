/**
 * The gateway and the web import only kit's light entries (issue 12): started as real processes they never load
 * the database drivers (SQLite's, and PostgreSQL's, which the site loads only for WEB_DATABASE_URL), drizzle, the
 * stemmers or Apollo's subgraph server. A control run shows the recorder sees
 * those packages when a process does load them, so an empty record cannot pass by accident.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRIES, readyUrl, startCommand, type ServiceProcess } from '../src/process.ts';

const RECORDER = path.join(import.meta.dirname, '../src/module-recorder.mjs');
const HEAVY = ['better-sqlite3', 'pg', 'drizzle-orm', 'snowball-stemmers', '@apollo/server', '@apollo/subgraph'];
const scratch = mkdtempSync(path.join(tmpdir(), 'light-processes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** Runs `args` under the recorder until it exits (or, with `untilReady`, until ready, then SIGTERM); returns what it loaded. */
async function loadedBy(args: string[], env: Record<string, string>, untilReady: boolean): Promise<string[]> {
  const file = path.join(scratch, `loaded-${++runs}.json`);
  const service: ServiceProcess = startCommand(process.execPath, ['--import', 'tsx', '--import', RECORDER, ...args], { ...env, LOADED_MODULES_FILE: file });
  if (untilReady) {
    await readyUrl(service);
    service.child.kill('SIGTERM');
  }
  expect(await service.exited, service.lines.map((l) => l.text).join('\n')).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

/** The packages among HEAVY that a list of loaded files reaches. */
const heavyIn = (loaded: string[]) => HEAVY.filter((name) => loaded.some((file) => file.includes(`/node_modules/${name}/`)));

describe('processes that serve without a database', () => {
  it('the recorder sees the heavy packages when kit/data, kit/search, kit/subgraph and kit/postgres-open are imported (control)', async () => {
    const script = ['data', 'search', 'subgraph', 'postgres-open'].map((entry) => `await import('@edu-catalogus/kit/${entry}');`).join(' ');
    const loaded = await loadedBy(['--input-type=module', '-e', script], {}, false);
    expect(heavyIn(loaded)).toEqual(HEAVY);
  });

  it('the gateway starts, serves and stops without loading any of them', async () => {
    const dataDir = path.join(scratch, 'gateway');
    const loaded = await loadedBy([ENTRIES.gateway], { DATA_DIR: dataDir, GATEWAY_PORT: '0' }, true);
    expect(loaded.some((file) => file.includes('/node_modules/@graphql-hive/gateway-runtime/'))).toBe(true);
    expect(heavyIn(loaded)).toEqual([]);
  });

  it('the web starts, serves and stops without loading any of them', async () => {
    const dataDir = path.join(scratch, 'web');
    const loaded = await loadedBy([ENTRIES.web], { DATA_DIR: dataDir, WEB_PORT: '0', GATEWAY_API_KEY: 'light-processes-test-key' }, true);
    expect(loaded.some((file) => file.includes('/node_modules/hono/'))).toBe(true);
    expect(heavyIn(loaded)).toEqual([]);
  });
});
