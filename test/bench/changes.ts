/**
 * `npm run bench:changes`: the change feed's read throughput (events per second paging GET /changes
 * from the start) and its publish-to-delivery latency (p50/p99) to 10 readers that follow the feed
 * while the three subgraphs publish concurrently. Webhook subscribers do not exist yet: the readers
 * poll GET /changes every BENCH_POLL_MS, which the latency includes.
 */
import { newEntry, publishNew } from '../src/changes.ts';
import { startStack } from '../src/stack.ts';

const PER_SUBGRAPH = Number(process.env.BENCH_PER_SUBGRAPH ?? 60);
const READERS = Number(process.env.BENCH_READERS ?? 10);
const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 50);

const stack = await startStack({ env: { RATE_LIMIT: '10000000', RATE_LIMIT_PORTAL: '10000000' } });
const changesUrl = (after: string | null, limit: number) => {
  const url = new URL('/changes', stack.gatewayUrl);
  url.searchParams.set('limit', String(limit));
  if (after) url.searchParams.set('after', after);
  return url;
};
const page = async (after: string | null, limit: number) => {
  const response = await fetch(changesUrl(after, limit));
  return { events: (await response.json()) as { subject: string }[], next: response.headers.get('x-next-cursor')!, more: response.headers.get('x-has-more') === 'true' };
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
  const total = 3 * PER_SUBGRAPH;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  // Readers following the feed from its start.
  const readers = Array.from({ length: READERS }, async () => {
    let after: string | null = null;
    let seen = 0;
    while (seen < total) {
      const { events, next, more } = await page(after, 100);
      const now = performance.now();
      for (const e of events) latencies.push(now - sentAt.get(e.subject)!);
      seen += events.length;
      after = next;
      if (!more) await new Promise((r) => setTimeout(r, POLL_MS));
    }
  });
  const started = performance.now();
  await Promise.all(
    (['tools', 'facilities', 'standards'] as const).map(async (subgraph) => {
      for (let i = 0; i < PER_SUBGRAPH; i++) {
        const entry = newEntry[subgraph](`bench-${subgraph}-${i}`);
        // The clock starts when the publishing request is sent (its commit can be seen before its answer arrives).
        await publishNew(stack, alice, bob, { ...entry, onPublish: () => void sentAt.set(entry.input.id, performance.now()) });
      }
    }),
  );
  const publishSeconds = (performance.now() - started) / 1000;
  await Promise.all(readers);
  latencies.sort((a, b) => a - b);

  const rows: string[] = [];
  for (const limit of [100, 1000]) {
    const t0 = performance.now();
    let after: string | null = null;
    let count = 0;
    for (let more = true; more; ) {
      const p = await page(after, limit);
      count += p.events.length;
      after = p.next;
      more = p.more || p.events.length === limit;
    }
    const seconds = (performance.now() - t0) / 1000;
    rows.push(`| read from the start, limit=${limit} | ${count} events | ${Math.round(count / seconds)} events/s |`);
  }
  console.log(`\n${total} publishes (${PER_SUBGRAPH} per subgraph, concurrently) in ${publishSeconds.toFixed(1)} s; ${READERS} readers polling every ${POLL_MS} ms\n`);
  console.log('| measure | value | |\n|---|---:|---:|');
  console.log(rows.join('\n'));
  console.log(`| publish → seen by a reader, p50 | ${percentile(latencies, 50).toFixed(0)} ms | ${latencies.length} deliveries |`);
  console.log(`| publish → seen by a reader, p99 | ${percentile(latencies, 99).toFixed(0)} ms | |`);
} finally {
  await stack.stop();
}
