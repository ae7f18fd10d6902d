/**
 * A disk that turns read-only under a running subgraph (a real process on a real ext4 file system the
 * kernel makes read-only after an error): `/readyz` fails naming the reason, and a write is refused
 * with STORAGE_UNAVAILABLE, nothing acknowledged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { failingDiskUnavailable, mountFailingDisk, type FailingDisk } from '../src/failing-disk.ts';
import { send } from '../src/http.ts';
import { startSubgraphProcess, type SubgraphProcess } from '../src/subgraph-process.ts';

const unavailable = failingDiskUnavailable();
if (unavailable) console.warn(`read-only disk drill not run: ${unavailable}`);

const root = mkdtempSync(path.join(tmpdir(), 'edu-readonly-'));
const secret = 'read-only-drill-secret-0123456789';
let disk: FailingDisk | undefined;
let subgraph: SubgraphProcess | undefined;
afterAll(async () => {
  subgraph?.child.kill('SIGKILL');
  await subgraph?.exited;
  disk?.unmount();
  rmSync(root, { recursive: true, force: true });
});

const admin = { sub: 'drill', org: 'kennisnet', roles: ['admin'] };
const CREATE = 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }';
const write = (id: string) =>
  send(subgraph!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      signedBody(secret, {
        query: CREATE,
        variables: { input: { id, name: `Drill ${id}`, kind: 'COOPERATIVE', homepage: 'https://example.org', sources: [{ url: 'https://example.org' }] } },
        identity: admin,
      }),
    ),
  });

describe.runIf(!unavailable)('a disk that turns read-only under a running subgraph', () => {
  it('makes /readyz fail naming the reason and refuses writes with STORAGE_UNAVAILABLE', async () => {
    disk = mountFailingDisk(root);
    subgraph = await startSubgraphProcess('facilities', { DATA_DIR: path.join(disk.dir, 'data'), GATEWAY_HMAC_SECRET: secret, MIN_FREE_DISK_MB: '8' });
    const readyz = () => send(new URL('/readyz', subgraph!.url).toString());
    expect((await readyz()).status).toBe(200);
    expect((await write('drill-before')).json).toEqual({ data: { createOrganisation: { id: 'drill-before', version: 1 } } });

    disk.fail();
    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.json.reason).toMatch(/data is not writable \(EROFS/);
    const refused = await write('drill-after');
    // The subgraph codes the refusal; the gateway answers it with HTTP 503 (gateway/test/unavailable.test.ts).
    expect(refused.json.errors[0].extensions.code).toBe('STORAGE_UNAVAILABLE');
    expect(refused.json.data?.createOrganisation ?? null).toBeNull();
  }, 180_000);
});
