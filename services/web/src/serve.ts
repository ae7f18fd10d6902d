/** Serves the web app on node:http; resolves once listening, with the URL and a close. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { capConnectionsPerIp, drainable, loadServerLimits, serverOptions, type ServerLimits } from '@edu-catalogus/kit/runtime';
import { createWebApp, type WebOptions } from './server.tsx';

export interface RunningWeb {
  url: string;
  close: () => Promise<void>;
}

export async function startWeb(options: WebOptions & { port: number; host?: string; server?: ServerLimits }): Promise<RunningWeb> {
  const app = createWebApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const limits = options.server ?? loadServerLimits({});
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host, serverOptions: serverOptions(limits) }, () => resolve(started));
    capConnectionsPerIp(started as Server, limits.maxConnectionsPerIp);
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  // Pages in flight finish; keep-alive browsers are told to close (see kit's drain.ts).
  const { drain } = drainable(server as Server);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    close: async () => void (await drain()),
  };
}
