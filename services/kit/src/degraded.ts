/**
 * What a subgraph serves when its database is damaged at start: the process stays up (so a supervisor
 * does not restart it in a loop) and says why on `/readyz`; GraphQL requests get SERVICE_UNAVAILABLE.
 */
import { listen, type RunningServer } from './http.ts';

export function serveDegraded(name: string, reason: string, options: { port: number; host?: string }): Promise<RunningServer> {
  return listen(
    (req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      const [status, body] =
        pathname === '/healthz'
          ? [200, { status: 'ok' }]
          : pathname === '/readyz'
            ? [503, { status: 'not ready', reason }]
            : [503, { errors: [{ message: `The ${name} database is unavailable; try again later.`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }];
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...(status === 503 && pathname !== '/readyz' ? { 'retry-after': '30' } : {}),
      });
      res.end(JSON.stringify(body));
    },
    options.port,
    options.host,
  );
}
