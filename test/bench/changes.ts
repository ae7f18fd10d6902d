/**
 * `npm run bench:changes`: the change feed's read throughput (events per second paging GET /changes
 * from the start), and publish-to-delivery latency (p50/p99) while the three subgraphs publish
 * concurrently: to 10 readers polling GET /changes every BENCH_POLL_MS, and to 10 webhook
 * subscribers (loopback receivers, the deliverer polling every WEBHOOK_POLL_MS).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newEntry, publishNew } from '../src/changes.ts';
import { startStack } from '../src/stack.ts';

process.env.WEBHOOK_ALLOWLIST = '127.0.0.0/8';
process.env.WEBHOOK_ALLOW_HTTP = 'true';
process.env.WEBHOOK_POLL_MS ??= '100';
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10);

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
  return {
    events: (await response.json()) as { subject: string }[],
    next: response.headers.get('x-next-cursor')!,
    more: response.headers.get('x-has-more') === 'true',
  };
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  const alice = await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] });
  const bob = await stack.token({ sub: 'bob', org: 'kennisnet', roles: ['curator'] });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const deliveryLatencies: number[] = [];
  const total = 3 * PER_SUBGRAPH;
  let delivered = 0;
  let allDelivered!: () => void;
  const deliveredAll = new Promise<void>((resolve) => (allDelivered = resolve));
  const receivers = await Promise.all(
    Array.from({ length: SUBSCRIBERS }, async () => {
      const seen = new Set<string>();
      const server = createServer(async (req, res) => {
        let body = '';
        for await (const chunk of req) body += chunk;
        const id = String(req.headers['webhook-id']);
        if (!seen.has(id)) {
          seen.add(id);
          deliveryLatencies.push(performance.now() - sentAt.get((JSON.parse(body) as { data: { subject: string } }).data.subject)!);
          if (++delivered === SUBSCRIBERS * total) allDelivered();
        }
        res.writeHead(204).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return server;
    }),
  );
  const portal = { authorization: `Bearer ${await stack.token({ sub: 'portal', org: 'kennisnet', roles: ['portal'] })}` };
  for (const server of receivers) {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const created = await stack.query(`mutation($url: String!) { createWebhookSubscription(url: $url) { secret } }`, { url }, portal);
    if (created.body.errors) throw new Error(created.body.errors[0]!.message);
  }
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
  await deliveredAll;
  for (const server of receivers) server.close();
  latencies.sort((a, b) => a - b);
  deliveryLatencies.sort((a, b) => a - b);

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
  console.log(
    `\n${total} publishes (${PER_SUBGRAPH} per subgraph, concurrently) in ${publishSeconds.toFixed(1)} s; ${READERS} readers polling every ${POLL_MS} ms; ${SUBSCRIBERS} webhook subscribers, deliverer polling every ${process.env.WEBHOOK_POLL_MS} ms\n`,
  );
  console.log('| measure | value | |\n|---|---:|---:|');
  console.log(rows.join('\n'));
  console.log(`| publish → seen by a reader, p50 | ${percentile(latencies, 50).toFixed(0)} ms | ${latencies.length} deliveries |`);
  console.log(`| publish → seen by a reader, p99 | ${percentile(latencies, 99).toFixed(0)} ms | |`);
  console.log(
    `| publish → webhook delivered, p50 | ${percentile(deliveryLatencies, 50).toFixed(0)} ms | ${deliveryLatencies.length} deliveries to ${SUBSCRIBERS} subscribers |`,
  );
  console.log(`| publish → webhook delivered, p99 | ${percentile(deliveryLatencies, 99).toFixed(0)} ms | |`);
} finally {
  await stack.stop();
}
