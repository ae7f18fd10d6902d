/**
 * `npm run bench:abuse`: the worst-case cost of each public operation (abuse-operations.ts), measured
 * one request at a time straight to its subgraph (signed; what holds that subgraph's event loop) and
 * through the gateway; then the tool page's latency while a flood of the most expensive allowed
 * requests runs (flood.ts, its own process), through the flooded gateway, through a second gateway process the flood
 * does not reach (a lane of its own for expensive operations) and straight to the tools subgraph,
 * with the longest event-loop stall of each subgraph and gateway read from its `/metrics` (`event_loop_delay_max_seconds`,
 * reset by each read). Every subgraph and gateway runs in its own process.
 * Prints tables and the promise's line (the tool page's p99 under the flood against 50 ms).
 * Runs as production does (NODE_ENV=production unless set). BENCH_ROUNDS, BENCH_FLOOD_SECONDS and
 * BENCH_FLOOD_CONNECTIONS change the run; BENCH_ONLY_FLOOD=1 skips the per-operation table; BENCH_FLOOD_NICE sets
 * the flood process's nice value (19; 0 runs it at the servers' priority);
 * BENCH_CONCURRENCY=off turns the gateway's concurrency limit off (for a before/after in one build);
 * BENCH_NODE_FLAGS passes Node options to every server (processes.ts: --cpu-prof, --trace-gc).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signedBody } from '@edu-catalogus/kit/runtime';
import { isOsiApproved } from '@edu-catalogus/seeds';
import { postJson } from '../src/http.ts';
import { OPERATIONS, TOOL_PAGE, allFilters, type AbuseOperation } from './abuse-operations.ts';
import { startProcessStack } from './processes.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 10);
const FLOOD_CONNECTIONS = Number(process.env.BENCH_FLOOD_CONNECTIONS ?? 10);
const ONLY_FLOOD = process.env.BENCH_ONLY_FLOOD === '1';
const FLOOD_NICE = process.platform === 'win32' ? 0 : Number(process.env.BENCH_FLOOD_NICE ?? 19);
const PROMISE_MS = 50;
process.env.NODE_ENV ??= 'production';
// Off: budgets no flood reaches. The "many IPs" gateway keeps only the gateway-wide budget (one IP stands for many).
const NO_LIMIT = '1000000000';
const CONCURRENCY_OFF = process.env.BENCH_CONCURRENCY === 'off';
const manyIps: Record<string, string> = CONCURRENCY_OFF ? { CONCURRENT_COST: NO_LIMIT, CONCURRENT_COST_TOTAL: NO_LIMIT } : { CONCURRENT_COST: NO_LIMIT };
const oneIp: Record<string, string> = CONCURRENCY_OFF ? { CONCURRENT_COST: NO_LIMIT, CONCURRENT_COST_TOTAL: NO_LIMIT, CONCURRENT_COST_PORTAL: NO_LIMIT } : {};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(1);

/** Sends `operation` ROUNDS times in turn and returns p50 / max in ms; throws when the answer is not the expected one. */
async function timeSequential(url: string, operation: AbuseOperation, sign: (body: ReturnType<AbuseOperation['body']>) => unknown) {
  const times: number[] = [];
  // Round -1 warms up (query plans, the facilities/standards index built on first search) and is not counted.
  for (let i = -1; i < ROUNDS; i++) {
    const started = performance.now();
    const response = await postJson(url, sign(operation.body(i)));
    if (i >= 0) times.push(performance.now() - started);
    const code = response.json?.errors?.[0]?.extensions?.code;
    if (operation.refused ? code !== 'BAD_USER_INPUT' : response.json?.errors || response.status !== 200) {
      throw new Error(`${operation.name}: unexpected answer ${response.status} ${response.text.slice(0, 300)}`);
    }
  }
  times.sort((a, b) => a - b);
  return `${ms(percentile(times, 50))} | ${ms(times.at(-1)!)}`;
}

/** The tool page, one connection, for `seconds`: what a teacher sees while the flood runs; `secret` signs it for a subgraph. */
async function probeToolPage(url: string, seconds: number, headers: Record<string, string> = {}, secret?: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(TOOL_PAGE),
    connections: 1,
    duration: seconds,
    // Straight to a subgraph, each request needs its own signature (timestamp and nonce).
    ...(secret ? { requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(signedBody(secret, TOOL_PAGE)) }) }] } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The flood runs as its own process at the lowest CPU priority (`nice -n 19`, BENCH_FLOOD_NICE=0 for none): an
 * attacker's load generator runs on the attacker's machines, not on the two cores the servers share here. It still
 * keeps every connection busy, so the servers see the same flood; it only stops taking their CPU.
 */
function flood(url: string, filterValues: Record<string, string[]>): Promise<Record<string, number>> {
  const args = [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'flood.ts'),
    url,
    String(FLOOD_SECONDS),
    String(FLOOD_CONNECTIONS),
    JSON.stringify(filterValues),
  ];
  const [command, commandArgs] = FLOOD_NICE > 0 ? ['nice', ['-n', String(FLOOD_NICE), process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`flood exited ${code}`)))),
  );
}

const PROBE_KEY = 'bench-abuse-probe-key';
const stack = await startProcessStack();

/** A process's longest event-loop stall since the previous call, in ms (its `/metrics` gauge resets on each scrape). */
async function loopDelayMax(graphqlUrl: string): Promise<number> {
  const url = graphqlUrl.replace(/\/graphql$/, '/metrics');
  const text = await (await fetch(url, { headers: { authorization: `Bearer ${stack.metricsToken}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith('event_loop_delay_max_seconds '));
  if (!line) throw new Error(`no event-loop delay in ${url}`);
  return Number(line.split(' ')[1]) * 1000;
}

/** Runs `measure` and returns its result with the longest event-loop stall of each process (by GraphQL URL) meanwhile. */
async function withLoopDelays<T>(measure: () => Promise<T>, urls: string[]): Promise<[T, number[]]> {
  await Promise.all(urls.map(loopDelayMax));
  const result = await measure();
  return [result, await Promise.all(urls.map(loopDelayMax))];
}

try {
  // The response cache would answer repeats; an attacker varies the text, so measure without it.
  const open = await stack.gateway({ RATE_LIMIT: '100000000', RESPONSE_CACHE: 'false', ...manyIps });
  // The default rate (600 per 60 s, i.e. 10/s) for the attacker's one IP, over a window the flood outlasts;
  // the teacher's probe comes in as a portal with its own budget.
  const limited = await stack.gateway({
    RESPONSE_CACHE: 'false',
    RATE_LIMIT: '50',
    RATE_LIMIT_WINDOW: '5',
    PORTAL_API_KEYS: PROBE_KEY,
    RATE_LIMIT_PORTAL: '100000000',
    ...oneIp,
  });
  const lane = await stack.gateway({ RATE_LIMIT: '100000000', RESPONSE_CACHE: 'false', ...manyIps });
  for (const [url, headers] of [
    [open, {}],
    [lane, {}],
    [limited, { 'x-api-key': PROBE_KEY }],
  ] as const) {
    const warm = await postJson(url, TOOL_PAGE, headers);
    if (warm.status !== 200) throw new Error(`tool page: ${warm.status} ${warm.text.slice(0, 300)}`);
  }
  const facets = await postJson(open, { query: '{ tools(first: 0) { facets { dimension values { value } } } }' });
  const fieldOf = (dimension: string) => dimension.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  const filterValues: Record<string, string[]> = Object.fromEntries(
    facets.json.data.tools.facets
      .map((f: { dimension: string; values: { value: string }[] }) => {
        const values = f.values.map((v) => v.value).filter((v) => f.dimension !== 'LICENSE' || isOsiApproved(v));
        return [fieldOf(f.dimension), values.slice(0, 100)];
      })
      .filter(([, values]: [string, string[]]) => values.length > 0),
  );
  const operations = [...OPERATIONS, allFilters(filterValues)];

  const rows: string[] = [];
  for (const operation of ONLY_FLOOD ? [] : operations) {
    process.stderr.write(`measuring ${operation.name} ...\n`);
    const subgraph = operation.subgraph;
    const direct = subgraph
      ? (
          await withLoopDelays(
            () => timeSequential(stack.subgraphUrls[subgraph], operation, (body) => signedBody(stack.secret, body)),
            [stack.subgraphUrls[subgraph]],
          )
        )
          .flat()
          .map((v) => (typeof v === 'number' ? ms(v) : v))
          .join(' | ')
      : '— | — | —';
    rows.push(`| ${operation.name} | ${direct} | ${await timeSequential(open, operation, (body) => body)} |`);
  }

  process.stderr.write('tool page alone, then under the flood without and with rate limits ...\n');
  const tools = stack.subgraphUrls.tools;
  stack.gcCounts();
  const alone = await withLoopDelays(() => probeToolPage(open, 5), [tools, open]);
  const aloneDirect = await withLoopDelays(() => probeToolPage(tools, 5, {}, stack.secret), [tools, open]);
  const gcAlone = stack.gcCounts();
  const [[unlimitedFlood, underFlood], unlimitedLoop] = await withLoopDelays(
    () => Promise.all([flood(open, filterValues), probeToolPage(open, FLOOD_SECONDS)]),
    [tools, open],
  );
  // A lane of its own: the same flood on `open`, the probe through a second gateway process the flood never reaches
  // (as gateways that serve only expensive operations would be, behind a load balancer).
  const [[laneFlood, underLaneFlood], laneLoop] = await withLoopDelays(
    () => Promise.all([flood(open, filterValues), probeToolPage(lane, FLOOD_SECONDS)]),
    [tools, lane],
  );
  const [[directFlood, underFloodDirect], directLoop] = await withLoopDelays(
    () => Promise.all([flood(open, filterValues), probeToolPage(tools, FLOOD_SECONDS, {}, stack.secret)]),
    [tools, open],
  );
  const gcFlood = stack.gcCounts();
  const [[limitedFlood, underLimitedFlood], limitedLoop] = await withLoopDelays(
    () => Promise.all([flood(limited, filterValues), probeToolPage(limited, FLOOD_SECONDS, { 'x-api-key': PROBE_KEY })]),
    [tools, limited],
  );

  console.log(
    `\nNode ${process.version}, NODE_ENV=${process.env.NODE_ENV}, concurrency limit ${CONCURRENCY_OFF ? 'off' : 'on'}; every subgraph and gateway in its own process; the flood process at nice ${FLOOD_NICE}`,
  );
  if (!ONLY_FLOOD) {
    console.log(`\n${ROUNDS} requests per operation, one at a time; ms\n`);
    console.log('| operation | direct p50 | max | subgraph loop max | gateway p50 | max |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
  }
  console.log(
    `\nTool page (1 connection) while ${FLOOD_CONNECTIONS} connections flood the gateway for ${FLOOD_SECONDS} s with the allowed operations above in turn; ` +
      `"loop max": the longest event-loop stall meanwhile of the tools subgraph and of the gateway the probe goes through (the flooded one for the probe straight to the subgraph); ms\n`,
  );
  console.log('| scenario | flood RPS | flood p50 | flood p99 | flood non-2xx | tool page RPS | p50 | p99 | max | tools loop max | gateway loop max |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  type Probe = Awaited<ReturnType<typeof probeToolPage>>;
  const line = (name: string, f: Record<string, number> | null, [t, [toolsLoop, gatewayLoop]]: [Probe, number[]]) =>
    console.log(
      `| ${name} | ${f ? `${Math.round(f.rps!)} | ${f.p50} | ${f.p99} | ${f.non2xx}` : '— | — | — | —'} | ${Math.round(t.rps)} | ${t.p50} | ${t.p99} | ${t.max}${t.failed ? ` (${t.failed} failed)` : ''} | ${ms(toolsLoop!)} | ${ms(gatewayLoop!)} |`,
    );
  line('no flood, through the gateway', null, alone);
  line('no flood, straight to the tools subgraph', null, aloneDirect);
  line('flood from many IPs (no rate limit, no per-client budget); probe through the gateway', unlimitedFlood, [underFlood, unlimitedLoop]);
  line('the same flood; probe through a second gateway process the flood does not reach', laneFlood, [underLaneFlood, laneLoop]);
  line('the same flood; probe straight to the tools subgraph', directFlood, [underFloodDirect, directLoop]);
  line('flood from one IP, rate limit 10/s (as the default 600/min), default budgets', limitedFlood, [underLimitedFlood, limitedLoop]);
  const ratio = (a: Probe, b: Probe) => `${(a.p99 / b.p99).toFixed(1)}x`;
  console.log(
    `\np99 under the flood / alone: through the gateway ${ratio(underFlood, alone[0])}, straight to the tools subgraph ${ratio(underFloodDirect, aloneDirect[0])}; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const gcLine = (counts: ReturnType<typeof stack.gcCounts>) =>
    Object.entries(counts)
      .map(([name, c]) => `${name} ${c.scavenge}/${c.markCompact}`)
      .join(', ') || 'not traced (BENCH_NODE_FLAGS=--trace-gc)';
  console.log(`garbage collections (scavenge/mark-compact) alone: ${gcLine(gcAlone)}; under the two floods: ${gcLine(gcFlood)}`);
  const verdict = (p99: number) => `${p99} ms ${p99 <= PROMISE_MS ? 'MET' : 'MISSED'}`;
  console.log(
    `\nTOOL PAGE P99 UNDER FLOOD (promise: ≤ ${PROMISE_MS} ms): through the gateway ${verdict(underFlood.p99)}, ` +
      `through a gateway of its own ${verdict(underLaneFlood.p99)}, straight to the tools subgraph ${verdict(underFloodDirect.p99)}, one-IP flood with default limits ${verdict(underLimitedFlood.p99)}`,
  );
} finally {
  await stack.stop();
}
