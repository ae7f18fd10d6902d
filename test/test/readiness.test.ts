/** Readiness that means ready: a corrupt database copy or a nearly full disk is reported, by the subgraph and by the gateway. */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPeers, silentLogger, type RunningServer } from '@edu-catalogus/kit/runtime';
import { launchSubgraph } from '@edu-catalogus/kit/subgraph';
import { loadGatewayConfig, startConfiguredGateway } from '@edu-catalogus/gateway';
import { definition as tools } from '@edu-catalogus/tools/definition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../src/http.ts';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let dir: string;
beforeAll(async () => {
  stack = await startStack();
  dir = mkdtempSync(path.join(tmpdir(), 'edu-readiness-'));
});
afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A seeded tools database, closed (WAL folded in), then with garbage written over pages in its middle. */
async function corruptedToolsDatabase(file: string): Promise<void> {
  await (await launch(file)).close();
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  for (let offset = Math.floor(size * 0.3); offset < size * 0.7; offset += 4096 * 7) writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, offset);
  closeSync(fd);
}

const launch = (databaseFile: string) =>
  launchSubgraph(tools, {
    databaseFile,
    port: 0,
    logger: silentLogger,
    secret: stack.secret,
    peers: createPeers({ urls: () => ({}), secret: stack.secret }),
  });

async function gatewayReadiness(toolsUrl: string) {
  const config = loadGatewayConfig({
    DATA_DIR: stack.dataDir,
    GATEWAY_PORT: '0',
    SUBGRAPH_TOOLS_URL: toolsUrl,
    SUBGRAPH_FACILITIES_URL: stack.subgraphUrls.facilities,
    SUBGRAPH_STANDARDS_URL: stack.subgraphUrls.standards,
    SUBGRAPH_SCHOOLS_URL: stack.subgraphUrls.schools,
  });
  const gateway = await startConfiguredGateway(config, { logging: false });
  try {
    return await send(new URL('/readyz', gateway.url).toString());
  } finally {
    await gateway.close();
  }
}

describe('subgraph readiness', () => {
  it('is ready on a sound database', async () => {
    const ready = await send(new URL('/readyz', stack.subgraphUrls.tools).toString());
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ready' });
  });

  it('reports a corrupted database copy not ready, and the gateway names the subgraph and why', async () => {
    const file = path.join(dir, 'corrupt-tools.db');
    await corruptedToolsDatabase(file);
    let server: RunningServer | undefined;
    try {
      server = await launch(file);
      const readyz = await send(new URL('/readyz', server.url).toString());
      expect(readyz.status).toBe(503);
      expect(readyz.json.reason).toMatch(/quick_check|cannot be read/);
      const gateway = await gatewayReadiness(server.url);
      expect(gateway.status).toBe(503);
      expect(gateway.json.subgraphs).toEqual({ tools: 'not ready', facilities: 'ready', standards: 'ready', schools: 'ready' });
      expect(gateway.json.reasons.tools).toContain('corrupt-tools.db');
    } finally {
      await server?.close();
    }
  });

  it('reports a disk with less room than MIN_FREE_DISK_MB not ready', async () => {
    const before = process.env.MIN_FREE_DISK_MB;
    process.env.MIN_FREE_DISK_MB = String(1024 ** 3); // a petabyte: more than this disk has
    let server: RunningServer | undefined;
    try {
      server = await launch(path.join(dir, 'full-disk-tools.db'));
      const readyz = await send(new URL('/readyz', server.url).toString());
      expect(readyz.status).toBe(503);
      expect(readyz.json.reason).toMatch(/nearly full: \d+ MB free/);
    } finally {
      if (before === undefined) delete process.env.MIN_FREE_DISK_MB;
      else process.env.MIN_FREE_DISK_MB = before;
      await server?.close();
    }
  });

  it('reports the gateway unreachable subgraph with a reason', async () => {
    const gateway = await gatewayReadiness('http://127.0.0.1:9/graphql');
    expect(gateway.status).toBe(503);
    expect(gateway.json.subgraphs.tools).toBe('unreachable');
    expect(gateway.json.reasons.tools).toBe('connection failed');
  });
});
