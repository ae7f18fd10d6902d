/**
 * `npm run bench:gateway`: requests per second and p50/p99 latency of three portal queries, sent
 * straight to the tools subgraph (signed, as the gateway would) and through the gateway with and
 * without its response cache; autocannon on loopback, printed as a table with gateway/direct ratios.
 * Every subgraph and gateway runs in its own process (processes.ts); this one only generates load.
 */
import autocannon from 'autocannon';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { postJson } from '../src/http.ts';
import { startProcessStack } from './processes.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** What a portal embeds; each is answered by the tools subgraph alone, so direct and gateway compare. */
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'alternatives to "teams"': {
    query:
      'query($to: String!) { alternatives(to: $to) { product { id name vendor } alternatives { fit notes { nl en } tool { id name homepage license { expression } } } } }',
    variables: { to: 'teams' },
  },
  'tool page (moodle)': {
    query: '{ tool(id: "moodle") { id name summary { nl en } homepage repository license { expression } categories { id name { nl } } platforms sectors } }',
  },
  'tools list (first: 20)': {
    query: '{ tools(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name summary { nl } license { expression } } } } }',
  },
};

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

/** `body` is a function for signed requests: a subgraph answers each nonce once, so each request is signed anew. */
async function measure(url: string, body: unknown): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    ...(typeof body === 'function'
      ? { requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(body()) }) }] }
      : { body: JSON.stringify(body) }),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors + result.timeouts };
}

const stack = await startProcessStack();
const cachedUrl = await stack.gateway({ RATE_LIMIT: '100000000' });
const uncachedUrl = await stack.gateway({ RATE_LIMIT: '100000000', RESPONSE_CACHE: 'false' });

const rows: string[] = [];
const cell = (m: Measured) => `${Math.round(m.rps)} | ${m.p50} | ${m.p99}${m.failed ? ` (${m.failed} failed)` : ''}`;
const ratio = (gateway: Measured, direct: Measured) => `${(gateway.rps / direct.rps).toFixed(2)}×`;
try {
  for (const [name, operation] of Object.entries(QUERIES)) {
    process.stderr.write(`measuring ${name} ...\n`);
    // One warm-up pass, so query plans and statement caches are built before the clock runs; a
    // benchmark of an error would measure nothing.
    for (const url of [cachedUrl, uncachedUrl]) {
      const warmUp = await postJson(url, operation);
      if (warmUp.json?.errors || warmUp.status !== 200) throw new Error(`${name}: ${warmUp.status} ${warmUp.text.slice(0, 300)}`);
    }
    const direct = await measure(stack.subgraphUrls.tools, () => signedBody(stack.secret, operation));
    const gateway = await measure(uncachedUrl, operation);
    const cached = await measure(cachedUrl, operation);
    rows.push(`| ${name} | ${cell(direct)} | ${cell(gateway)} | ${ratio(gateway, direct)} | ${cell(cached)} | ${ratio(cached, direct)} |`);
  }
} finally {
  await stack.stop();
}

console.log(
  `\n${CONNECTIONS} connections, ${SECONDS} s per cell, Node ${process.version}; subgraphs and gateways each in their own process; latencies in ms\n`,
);
console.log('| query | direct RPS | p50 | p99 | gateway RPS | p50 | p99 | gateway/direct | cached gateway RPS | p50 | p99 | cached/direct |');
console.log(`|---${'|---:'.repeat(11)}|`);
for (const row of rows) console.log(row);
