/** An HTTP proxy in front of a subgraph that holds requests until released: puts requests "in flight" on purpose. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldingProxy {
  url: string;
  /** Requests held right now. */
  held: () => number;
  /** Resolves once `count` requests are held. */
  holding: (count: number) => Promise<void>;
  /** Forwards every held request (and every later one) to the target. */
  release: () => void;
  close: () => Promise<void>;
}

export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  const held: (() => void)[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];
  let released = false;
  const forward = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    try {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)),
      ) as Record<string, string>;
      const answer = await fetch(new URL(req.url ?? '/', target), { method: req.method, headers, ...(body.length ? { body: body.toString('utf8') } : {}) });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const go = () => void forward(req, res, Buffer.concat(chunks));
      if (released) return go();
      held.push(go);
      for (const watcher of [...watchers]) if (held.length >= watcher.count) watchers.splice(watchers.indexOf(watcher), 1), watcher.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    held: () => held.length,
    holding: (count) => (held.length >= count ? Promise.resolve() : new Promise((resolve) => watchers.push({ count, resolve }))),
    release: () => {
      released = true;
      for (const go of held.splice(0)) go();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
