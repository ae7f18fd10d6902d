/** Shutdown of real processes: SIGTERM drains requests in flight, closes keep-alive connections and the databases. */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHoldingProxy, type HoldingProxy } from '../src/holding-proxy.ts';
import { ENTRIES, readyUrl, startProcess } from '../src/process.ts';
import { startStack, type Stack } from '../src/stack.ts';

/** A POST over `agent` (keep-alive), with the response's Connection header. */
function post(url: string, agent: Agent, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; connection: string | undefined; json: any }>((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('a subgraph process on SIGTERM', () => {
  it('closes its database (WAL checkpointed into the file) and exits 0', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-shutdown-'));
    try {
      const tools = startProcess(ENTRIES.tools, { DATA_DIR: dataDir, TOOLS_PORT: '0' });
      await readyUrl(tools);
      expect(statSync(path.join(dataDir, 'tools.db-wal')).size).toBeGreaterThan(0);
      tools.child.kill('SIGTERM');
      expect(await tools.exited).toBe(0);
      const wal = path.join(dataDir, 'tools.db-wal');
      expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the gateway process on SIGTERM under keep-alive load', () => {
  let stack: Stack;
  let proxies: Record<'tools' | 'facilities' | 'standards', HoldingProxy>;
  beforeAll(async () => {
    stack = await startStack();
    proxies = {
      tools: await startHoldingProxy(stack.subgraphUrls.tools),
      facilities: await startHoldingProxy(stack.subgraphUrls.facilities),
      standards: await startHoldingProxy(stack.subgraphUrls.standards),
    };
  });
  afterAll(async () => {
    for (const proxy of Object.values(proxies ?? {})) await proxy.close();
    await stack?.stop();
  });

  it('answers all 16 requests in flight (writes among them), closes keep-alive connections and exits 0', async () => {
    const gateway = startProcess(ENTRIES.gateway, {
      DATA_DIR: stack.dataDir,
      GATEWAY_PORT: '0',
      RATE_LIMIT: '10000',
      RESPONSE_CACHE: 'false',
      SHUTDOWN_TIMEOUT_MS: '8000',
      SUBGRAPH_TOOLS_URL: proxies.tools.url,
      SUBGRAPH_FACILITIES_URL: proxies.facilities.url,
      SUBGRAPH_STANDARDS_URL: proxies.standards.url,
    });
    const url = await readyUrl(gateway);
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const alice = { authorization: `Bearer ${await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] })}` };
    const reads = ['moodle', 'nextcloud', 'jitsi-meet', 'gimp', 'libreoffice', 'kiwix', 'inkscape', 'scratch', 'geogebra', 'audacity', 'krita', 'blender'].map(
      (id) => post(url, agent, { query: 'query($id: ID!) { tool(id: $id) { id } }', variables: { id } }),
    );
    const writes = [1, 2, 3, 4].map((n) =>
      post(
        url,
        agent,
        {
          query: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }`,
          variables: { input: { id: `drain-${n}`, name: `Drain ${n}`, summary: { nl: 'Test' } } },
        },
        alice,
      ),
    );
    await proxies.tools.holding(12);
    await proxies.facilities.holding(4);
    gateway.child.kill('SIGTERM');
    await gateway.line((l) => /stopping/.test(String(l.json?.msg)));
    for (const proxy of Object.values(proxies)) proxy.release();
    const answers = await Promise.all([...reads, ...writes]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(answer.connection).toBe('close');
    }
    expect(answers.slice(12).map((a) => a.json.data.createOrganisation)).toEqual([1, 2, 3, 4].map((n) => ({ id: `drain-${n}`, version: 1 })));
    expect(await gateway.exited).toBe(0);
    agent.destroy();
  });
});
