/** Serves the web app on node:http; resolves once listening, with the URL and a close. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { capConnectionsPerIp, drainable, loadServerLimits, serverOptions, type ServerLimits } from '@edu-catalogus/kit/runtime';
import type { SharedRevocations } from './curation/shared-revocations.ts';
import { createWebApp, type WebOptions } from './server.tsx';

export interface RunningWeb {
  url: string;
  close: () => Promise<void>;
}

export interface StartWebOptions extends WebOptions {
  port: number;
  host?: string;
  server?: ServerLimits;
  /** Sign-outs in this PostgreSQL (schema `web`), shared by every instance of the site, instead of DATA_DIR. */
  databaseUrl?: string | undefined;
  /** The variable that named databaseUrl, for start-up messages. */
  databaseUrlVariable?: string | undefined;
}

export async function startWeb(options: StartWebOptions): Promise<RunningWeb> {
  const shared = options.databaseUrl ? await openRevocations(options.databaseUrl, options) : undefined;
  const app = createWebApp({ ...options, revocations: shared ?? options.revocations });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const limits = options.server ?? loadServerLimits({});
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host, serverOptions: serverOptions(limits) }, () => resolve(started));
    capConnectionsPerIp(started as Server, limits.maxConnectionsPerIp);
    started.once('error', reject);
  }).catch(async (error) => {
    await shared?.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  // Pages in flight finish; keep-alive browsers are told to close (see kit's drain.ts).
  const { drain } = drainable(server as Server);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    close: async () => {
      await drain();
      await shared?.close();
    },
  };
}

/** Loaded only when a URL is given: a site on DATA_DIR never loads pg. */
async function openRevocations(url: string, options: StartWebOptions): Promise<SharedRevocations> {
  const [{ unreachableAsConfigError }, { openSharedRevocations }] = await Promise.all([
    import('@edu-catalogus/kit/postgres-open'),
    import('./curation/shared-revocations.ts'),
  ]);
  try {
    return await openSharedRevocations({
      url,
      onIdleError: (error) => options.logger.warn({ err: error }, 'an idle PostgreSQL connection broke; the next query connects anew'),
    });
  } catch (error) {
    throw unreachableAsConfigError(error, options.databaseUrlVariable ?? 'WEB_DATABASE_URL', url, "the site's sign-outs");
  }
}
