/**
 * Draining an HTTP server for shutdown: `server.close()` alone waits for keep-alive clients that keep
 * sending requests. Here every response from the moment draining starts carries `Connection: close`,
 * idle sockets are closed as soon as they go idle, requests in flight finish, and at the deadline
 * whatever is left is cut off.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long a process gives requests in flight when it stops, unless SHUTDOWN_TIMEOUT_MS says otherwise. */
export const DEFAULT_SHUTDOWN_MS = 10_000;

/** The shutdown deadline of this process in ms (`SHUTDOWN_TIMEOUT_MS`, default 10 s). */
export function shutdownDeadlineMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SHUTDOWN_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_SHUTDOWN_MS;
}

export interface Drainable {
  /** Stops accepting, closes keep-alive connections, waits for requests in flight up to `deadlineMs`. */
  drain: (deadlineMs?: number) => Promise<{ cutOff: number }>;
  /** Requests being answered right now. */
  inFlight: () => number;
}

/** Starts tracking `server`'s requests; call once, right after creating it. */
export function drainable(server: Server): Drainable {
  const open = new Set<ServerResponse>();
  let draining = false;
  const closeIdle = () => setImmediate(() => server.closeIdleConnections());
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      open.delete(res);
      if (draining) closeIdle();
    });
  });
  let drained: Promise<{ cutOff: number }> | undefined;
  const drain = (deadlineMs = shutdownDeadlineMs()) =>
    (drained ??= new Promise((resolve) => {
      draining = true;
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
      const timer = setTimeout(() => {
        const cutOff = open.size;
        server.closeAllConnections();
        resolve({ cutOff });
      }, deadlineMs);
      // close() resolves once every connection has ended (ERR_SERVER_NOT_RUNNING when never listening).
      server.close(() => {
        clearTimeout(timer);
        resolve({ cutOff: 0 });
      });
      server.closeIdleConnections();
    }));
  return { drain, inFlight: () => open.size };
}
