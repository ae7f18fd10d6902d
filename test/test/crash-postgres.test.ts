/**
 * Crash safety on PostgreSQL: a standards subgraph process serving from PostgreSQL (STANDARDS_DATABASE_URL)
 * is killed with SIGKILL in the middle of a burst of curation writes from four clients, restarted, and
 * killed again; then every acknowledged write is in the database, every entry's revisions run 1..version
 * without a gap, and the outbox holds exactly one `published` event per PUBLISH revision (each
 * acknowledged publish among them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE } from '../src/changes.ts';
import { startStack, type Stack } from '../src/stack.ts';
import { startSubgraphProcess, type SubgraphProcess } from '../src/subgraph-process.ts';

const KILLS = 3;
let stack: Stack;
let server: StartedPostgres;
let dataDir: string;
let standards: SubgraphProcess | undefined;
beforeAll(async () => {
  [stack, server] = await Promise.all([startStack(), startPostgres()]);
  dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-pg-crash-'));
}, 300_000);
afterAll(async () => {
  standards?.child.kill('SIGKILL');
  await standards?.exited;
  await stack?.stop();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({
  DATA_DIR: dataDir,
  STANDARDS_DATABASE_URL: server.url,
  GATEWAY_HMAC_SECRET: stack.secret,
  SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
});
const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

/** A signed request straight to the subgraph process, as the gateway sends it; the entry's version it answers. */
async function call(url: string, identity: object, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const body = signedBody(stack.secret, { query, variables, identity });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const result = (await response.json()) as { data?: Record<string, { version: number }>; errors?: { message: string }[] };
  if (result.errors?.length || !result.data) throw new Error(result.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return Object.values(result.data)[0]!.version;
}

const input = (id: string, n: number) => ({
  id,
  name: `Standaard ${id} ${n}`,
  summary: { nl: `Versie ${n}` },
  maintainer: 'kennisnet',
  domain: 'DATA_EXCHANGE',
  sources: SOURCE,
  certainty: 'PROBABLE',
  verifiedAt: '2026-11-30',
});

/** Acknowledged writes: the highest version the subgraph answered per id, and the publishes it answered. */
const acked = new Map<string, number>();
const ackedPublishes = new Set<string>();
const ack = (id: string, version: number) => acked.set(id, Math.max(acked.get(id) ?? 0, version));

/** create → update → submit → publish, as one curator and a reviewer do. */
async function cycle(url: string, id: string) {
  ack(id, await call(url, alice, 'mutation($input: StandardInput!) { createStandard(input: $input) { version } }', { input: input(id, 1) }));
  ack(
    id,
    await call(url, alice, 'mutation($id: ID!, $input: StandardInput!) { updateStandard(id: $id, expectedVersion: 1, input: $input) { version } }', {
      id,
      input: input(id, 2),
    }),
  );
  ack(id, await call(url, alice, `mutation { submitStandard(id: "${id}") { version } }`));
  const published = await call(url, bob, `mutation { publishStandard(id: "${id}", expectedVersion: 3) { version } }`);
  ack(id, published);
  ackedPublishes.add(`${id}@${published}`);
}

describe('SIGKILL of a subgraph serving from PostgreSQL', () => {
  it('keeps every acknowledged write, contiguous revisions and one outbox event per publish through kills in write bursts', async () => {
    let interrupted = 0;
    for (let round = 0; round < KILLS; round++) {
      standards = await startSubgraphProcess('standards', env());
      const url = standards.url;
      let killed = false;
      const writers = [0, 1, 2, 3].map(async (w) => {
        for (let i = 0; !killed; i++) await cycle(url, `pgcrash-${round}-${w}-${i}`).catch(() => void (interrupted += 1));
      });
      const target = acked.size + 8;
      while (acked.size < target && !killed) await new Promise((resolve) => setTimeout(resolve, 20));
      standards.child.kill('SIGKILL');
      killed = true;
      await standards.exited;
      await Promise.all(writers);
    }
    expect(interrupted).toBeGreaterThan(0); // the kills cut writes in flight
    standards = await startSubgraphProcess('standards', env()); // starts (and migrates) on what the kills left

    const db = new pg.Client({ connectionString: server.url });
    await db.connect();
    try {
      const entries = new Map(
        (await db.query(`SELECT entity_id, version FROM standards.entries WHERE entity_id LIKE 'pgcrash-%'`)).rows.map((r) => [
          r.entity_id as string,
          r.version as number,
        ]),
      );
      const problems: string[] = [];
      for (const [id, version] of acked)
        if ((entries.get(id) ?? 0) < version) problems.push(`${id}: acknowledged ${version}, found ${entries.get(id) ?? 'nothing'}`);
      const revisions = await db.query(
        `SELECT entity_id, array_agg(version ORDER BY id) AS versions FROM standards.revisions WHERE entity_id LIKE 'pgcrash-%' GROUP BY entity_id`,
      );
      for (const { entity_id: id, versions } of revisions.rows as { entity_id: string; versions: number[] }[])
        if (versions.some((v, i) => v !== i + 1) || versions.length !== entries.get(id))
          problems.push(`${id}: revisions ${versions.join(',')} for version ${entries.get(id)}`);
      expect(problems).toEqual([]);
      const publishes = (
        await db.query(`SELECT entity_id || '@' || version AS k FROM standards.revisions WHERE entity_id LIKE 'pgcrash-%' AND action = 'PUBLISH' ORDER BY 1`)
      ).rows.map((r) => r.k as string);
      const events = (await db.query(`SELECT entity_id || '@' || version AS k, action FROM standards.outbox WHERE entity_id LIKE 'pgcrash-%' ORDER BY 1`))
        .rows as { k: string; action: string }[];
      expect(events.every((e) => e.action === 'published')).toBe(true);
      expect(events.map((e) => e.k)).toEqual(publishes); // once each, and no event without its publish
      expect(publishes).toEqual(expect.arrayContaining([...ackedPublishes]));
      console.log(
        `${KILLS} kills: ${acked.size} entries acknowledged, ${ackedPublishes.size} publishes acknowledged, ${publishes.length} committed, ${interrupted} requests cut`,
      );
    } finally {
      await db.end();
    }
  }, 600_000);
});
