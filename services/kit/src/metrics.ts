/** Prometheus metrics of a subgraph's HTTP server (prom-client): request count and latency by status. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram, Registry } from 'prom-client';

export interface HttpMetrics {
  /** Starts timing a request; its status is recorded when the response finishes. */
  track: (req: IncomingMessage, res: ServerResponse) => void;
  /** The metrics in Prometheus text format, for `/metrics`. */
  render: () => Promise<string>;
  contentType: string;
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
  return {
    track: (req, res) => {
      const end = duration.startTimer({ path: new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql' ? '/graphql' : 'other' });
      res.once('finish', () => end({ status: String(res.statusCode) }));
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
