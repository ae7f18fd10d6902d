/**
 * Prometheus metrics (prom-client): a subgraph's request count and latency by status, and the one rule
 * for who may read any process's `/metrics`: on a public port only with `METRICS_TOKEN` as a bearer
 * token; without a token only on a separate metrics port (loopback by default).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Gauge, Histogram, Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

export interface HttpMetrics {
  /** Starts timing a request; its status is recorded when the response finishes. */
  track: (req: IncomingMessage, res: ServerResponse) => void;
  registry: Registry;
}

/** Which subgraph it is comes from the scrape target's labels, as Prometheus does for any job. */
export function createHttpMetrics(): HttpMetrics {
  // One registry per server, so several subgraphs (or tests) in one process do not collide.
  const registry = new Registry();
  const duration = new Histogram({
    name: 'subgraph_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by path and status.',
    labelNames: ['path', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  registerEventLoopDelay(registry);
  return {
    track: (req, res) => {
      const end = duration.startTimer({ path: new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql' ? '/graphql' : 'other' });
      res.once('finish', () => end({ status: String(res.statusCode) }));
    },
    registry,
  };
}

/**
 * What one request can cost everyone else: the longest stall of this process's event loop since the previous
 * scrape (`event_loop_delay_max_seconds`; bench:abuse reads it from the subgraphs and the gateway).
 */
export function registerEventLoopDelay(registry: Registry): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  new Gauge({
    name: 'event_loop_delay_max_seconds',
    help: 'Longest event-loop delay since the previous scrape.',
    registers: [registry],
    collect() {
      this.set(delay.max / 1e9);
      delay.reset();
    },
  });
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Writes the registry's metrics in Prometheus text format. */
export async function writeMetrics(res: ServerResponse, registry: Registry): Promise<void> {
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
}

/**
 * `/metrics` on a public port: 404 when no token is configured (as if there were none), 401 without
 * the right `Authorization: Bearer <token>`, else the metrics. Hashes compare in constant time.
 */
export async function answerMetrics(req: IncomingMessage, res: ServerResponse, registry: Registry, token: string | undefined): Promise<void> {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (!token) return void res.writeHead(404, json).end(JSON.stringify({ error: 'not found' }));
  const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  if (!timingSafeEqual(digest(given), digest(token))) {
    return void res.writeHead(401, { ...json, 'www-authenticate': 'Bearer' }).end(JSON.stringify({ error: 'send the metrics token' }));
  }
  return writeMetrics(res, registry);
}
