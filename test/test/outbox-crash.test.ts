/**
 * The outbox survives a crash: a subgraph killed with SIGKILL during a burst of publishes, then
 * restarted, has exactly one event for every publish it acknowledged (or committed) and no other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE } from '../src/changes.ts';
import { startSubgraphProcess, type SubgraphProcess } from '../src/subgraph-process.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let dataDir: string;
let standards: SubgraphProcess | undefined;
beforeAll(async () => {
  stack = await startStack();
  dataDir = mkdtempSync(path.join(tmpdir(), 'edu-catalogus-crash-'));
});
afterAll(async () => {
  standards?.child.kill('SIGKILL');
  await standards?.exited;
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({ DATA_DIR: dataDir, GATEWAY_HMAC_SECRET: stack.secret, SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities });
const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

/** A signed request straight to the subgraph process, as the gateway sends it. */
async function call(url: string, identity: object | null, query: string, variables: Record<string, unknown> = {}) {
  const body = signedBody(stack.secret, { query, variables, identity });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const result = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors[0]!.message);
  return result.data;
}

async function createAndPublish(url: string, id: string, acknowledged: string[]) {
  const input = {
    id,
    name: `Standaard ${id}`,
    summary: { nl: 'Test' },
    maintainer: 'kennisnet',
    domain: 'DATA_EXCHANGE',
    sources: SOURCE,
    certainty: 'PROBABLE',
    verifiedAt: '2026-11-30',
  };
  await call(url, alice, `mutation($input: StandardInput!) { createStandard(input: $input) { id } }`, { input });
  await call(url, alice, `mutation { submitStandard(id: "${id}") { id } }`);
  await call(url, bob, `mutation { publishStandard(id: "${id}") { id } }`);
  acknowledged.push(id);
}

describe('the outbox under SIGKILL', () => {
  it('has exactly one event per committed publish after a crash in a burst, and every acknowledged publish has one', async () => {
    standards = await startSubgraphProcess('standards', env());
    const url = standards.url;
    const acknowledged: string[] = [];
    let killed = false;
    let interrupted = 0;
    // Four writers publishing new standards as fast as they can, until the process dies under them.
    const writers = [0, 1, 2, 3].map(async (w) => {
      for (let i = 0; !killed; i++) await createAndPublish(url, `crash-${w}-${i}`, acknowledged).catch(() => void (interrupted += 1));
    });
    while (acknowledged.length < 12) await createAndPublish(url, `crash-main-${acknowledged.length}`, acknowledged);
    standards.child.kill('SIGKILL');
    killed = true;
    await standards.exited;
    await Promise.all(writers);
    expect(interrupted).toBeGreaterThan(0); // the kill cut writes in flight

    standards = await startSubgraphProcess('standards', env());
    const outbox = (await call(standards.url, null, `{ _outbox(first: 1000) }`))._outbox as { events: { entityId: string; action: string }[] };
    const published = (await call(standards.url, alice, `{ standardEntries(status: [PUBLISHED]) { id } }`)).standardEntries
      .map((e: { id: string }) => e.id)
      .filter((id: string) => id.startsWith('crash-'));
    const eventIds = outbox.events.map((e) => e.entityId);
    expect(outbox.events.every((e) => e.action === 'published')).toBe(true);
    expect(new Set(eventIds).size).toBe(eventIds.length); // once
    expect([...eventIds].sort()).toEqual([...published].sort()); // every event a publish, every publish an event
    expect(eventIds).toEqual(expect.arrayContaining(acknowledged));
    console.log(`acknowledged ${acknowledged.length}, committed ${published.length}, events ${eventIds.length}, requests cut ${interrupted}`);
  });
});
