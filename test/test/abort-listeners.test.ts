/**
 * A real gateway process under 200 concurrent requests: no MaxListenersExceededWarning on its output, and
 * the abort listeners on the signals alive before the load (the subgraph executors' long-lived ones among
 * them) return to their count then, without waiting for a garbage collection.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphEnvironment } from '@edu-catalogus/kit/runtime';
import { postJson } from '../src/http.ts';
import { ENTRIES, readyUrl, startProcess, type ServiceProcess } from '../src/process.ts';
import { startStack, type Stack } from '../src/stack.ts';

const PROBE = path.join(import.meta.dirname, '../src/abort-listener-probe.mjs');
const QUERY = 'query($id: ID!) { tool(id: $id) { id name standards { id maintainer { id } } facilities { id } } }';
const CONCURRENT = 200;

type Counts = { total: number; most: number; onMarked: number };

describe('the gateway process under concurrent load', () => {
  let stack: Stack;
  let gateway: ServiceProcess;
  let url: string;
  /** Asks the probe in the gateway for its abort listener counts (SIGUSR2 -> one JSON line on stderr). */
  const counts = async (): Promise<Counts> => {
    const from = gateway.lines.length;
    gateway.child.kill('SIGUSR2');
    const line = await gateway.line((l) => gateway.lines.indexOf(l) >= from && l.json?.abortListeners !== undefined);
    return line.json!.abortListeners;
  };
  const ask = (id: string) => postJson(url, { query: QUERY, variables: { id } });

  beforeAll(async () => {
    stack = await startStack();
    gateway = startProcess(ENTRIES.gateway, {
      DATA_DIR: stack.dataDir,
      GATEWAY_PORT: '0',
      RATE_LIMIT: '1000000',
      RESPONSE_CACHE: 'false',
      // Far above what 200 requests take on a loaded machine: the test is about listeners, not speed.
      OPERATION_TIMEOUT_MS: '120000',
      ...graphEnvironment(Object.entries(stack.subgraphUrls).map(([name, subgraphUrl]) => ({ name, url: subgraphUrl }))),
      NODE_OPTIONS: `--import=${PROBE}`,
    });
    url = await readyUrl(gateway);
  });
  afterAll(async () => {
    if (gateway) {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
    await stack?.stop();
  });

  it(`answers ${CONCURRENT} concurrent requests without a listener warning, and its listeners return to baseline`, async () => {
    // Warm up: every subgraph executor exists (and made whatever long-lived signal it makes).
    for (const id of ['moodle', 'nextcloud']) expect((await ask(id)).status).toBe(200);
    const baseline = await counts();
    const ids = ['moodle', 'nextcloud', 'jitsi-meet', 'gimp', 'libreoffice'];
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => ask(ids[i % ids.length]!)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
    }
    const after = await counts();
    expect(gateway.lines.filter((l) => /MaxListenersExceededWarning/.test(l.text)).map((l) => l.text)).toEqual([]);
    // Listeners on the signals that were alive at the baseline: back to (at most) the count then.
    expect(after.onMarked).toBeLessThanOrEqual(baseline.total);
    expect(after.most).toBeLessThanOrEqual(Math.max(baseline.most, 10));
  });
});
