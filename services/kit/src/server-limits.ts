/**
 * Limits of every HTTP server against slow or greedy clients: headers within seconds, the whole request
 * within half a minute (Node's defaults are one and five minutes, checked every 30 s), and a cap of open
 * connections per client IP on the public servers (gateway, web).
 */
import type { Server, ServerOptions } from 'node:http';
import { z } from 'zod';
import { parseConfig } from './config.ts';

export interface ServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** 0: no cap (the subgraphs, which only the gateway talks to). */
  maxConnectionsPerIp: number;
}

const ms = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

export function loadServerLimits(env: Record<string, string | undefined> = process.env): ServerLimits {
  const c = parseConfig(
    z.object({
      HEADERS_TIMEOUT_MS: ms(10_000),
      REQUEST_TIMEOUT_MS: ms(30_000),
      MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(0).max(100_000).default(256),
    }),
    env,
  );
  return { headersTimeoutMs: c.HEADERS_TIMEOUT_MS, requestTimeoutMs: c.REQUEST_TIMEOUT_MS, maxConnectionsPerIp: c.MAX_CONNECTIONS_PER_IP };
}

/** Options for `http.createServer`: the timeouts, checked every second instead of every 30. */
export function serverOptions(limits: Pick<ServerLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}

/** Refuses (closes at once) a connection from an IP that already has `max` open. */
export function capConnectionsPerIp(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    const count = (open.get(ip) ?? 0) + 1;
    if (count > max) return void socket.destroy();
    open.set(ip, count);
    socket.once('close', () => {
      const left = (open.get(ip) ?? 1) - 1;
      if (left > 0) open.set(ip, left);
      else open.delete(ip);
    });
  });
}
