/** Readers' problem reports on the curator dashboard: a curator resolves one (`POST /redactie/meldingen/:type/:id/afhandelen`). */
import { Hono, type Context } from 'hono';
import { curatorPaths } from '../curation/entities.ts';
import type { AppEnv } from '../env.ts';
import type { GraphQLError } from '../gateway/client.ts';
import { REPORTED_TYPES, type RegisteredDocument, reportDocuments } from '../gateway/documents.ts';
import { notFoundPage } from './errors.tsx';

type Send = <T>(c: Context<AppEnv>, document: RegisteredDocument, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors: GraphQLError[] }>;

/** Mounted by the curator routes, behind their CSRF check and curator sign-in. */
export function createReportRoutes(send: Send) {
  const app = new Hono<AppEnv>({ strict: false });
  app.post('/redactie/meldingen/:type/:id/afhandelen', async (c) => {
    const type = REPORTED_TYPES.find((t) => t === c.req.param('type'));
    if (!type) return notFoundPage(c);
    const body = await c.req.parseBody();
    const comment = typeof body.comment === 'string' ? body.comment.trim() || null : null;
    const result = await send<{ result: { id: string } | null }>(c, reportDocuments.resolve[type], { id: c.req.param('id'), comment });
    if (!result.data?.result && result.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) return notFoundPage(c);
    if (!result.data?.result) throw new Error(result.errors.map((e) => e.message).join('; ') || 'no data');
    return c.redirect(`${c.var.ui.href(curatorPaths.home)}?gedaan=melding#reports`, 303);
  });
  return app;
}
