/**
 * Schools' experience notes waiting for a curator (`/redactie/ervaringen`): approve one to publish it
 * on the tool's page (when the school is named there), or keep it unpublished with a reason the school
 * reads. Each answer names the declaration version the curator read, so a note the school changed
 * meanwhile is not approved unseen.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env.ts';
import type { GraphQLError } from '../gateway/client.ts';
import { documents, type RegisteredDocument } from '../gateway/documents.ts';
import { errorCode } from '../curation/problems.ts';
import { NotesPage, notesPath, type PendingNote } from '../views/curator/notes.tsx';
import { notFoundPage } from './errors.tsx';

type Send = <T>(c: Context<AppEnv>, document: RegisteredDocument, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors: GraphQLError[] }>;

const DECLARATION = /^[0-9a-f-]{36}$/;

/** Mounted by the curator routes, behind their CSRF check and curator sign-in. */
export function createNoteRoutes(send: Send) {
  const app = new Hono<AppEnv>({ strict: false });

  const page = async (c: Context<AppEnv>, extra: { done?: string; problem?: { declaration: string; message: string } } = {}, status: 200 | 409 | 422 = 200) => {
    const result = await send<{ pendingUsageNotes: PendingNote[] }>(c, documents.pendingUsageNotes as RegisteredDocument);
    if (!result.data) throw new Error(result.errors.map((e) => e.message).join('; ') || 'pendingUsageNotes: no data');
    c.status(status);
    return c.render(<NotesPage notes={result.data.pendingUsageNotes} {...extra} />, { title: c.var.ui.t.notes.title, noindex: true });
  };

  app.get(notesPath, (c) => {
    const done = c.req.query('gedaan');
    const { t } = c.var.ui;
    return page(c, done === 'approved' ? { done: t.notes.approved } : done === 'rejected' ? { done: t.notes.rejected } : {});
  });

  app.post(`${notesPath}/:declaration/:answer{goedkeuren|afwijzen}`, async (c) => {
    const declaration = c.req.param('declaration');
    if (!DECLARATION.test(declaration)) return notFoundPage(c);
    const { t } = c.var.ui;
    const body = await c.req.parseBody();
    const version = Number(body.version);
    const approve = c.req.param('answer') === 'goedkeuren';
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!approve && !reason) return page(c, { problem: { declaration, message: t.notes.reasonRequired } }, 422);
    const result = approve
      ? await send(c, documents.approveUsageNote as RegisteredDocument, { declaration, version })
      : await send(c, documents.rejectUsageNote as RegisteredDocument, { declaration, version, reason });
    if (result.errors.length === 0) return c.redirect(`${c.var.ui.href(notesPath)}?gedaan=${approve ? 'approved' : 'rejected'}`, 303);
    const code = errorCode(result.errors);
    if (code === 'NOT_FOUND') return notFoundPage(c);
    if (code === 'CONFLICT') return page(c, { problem: { declaration, message: t.notes.changed } }, 409);
    return page(c, { problem: { declaration, message: result.errors[0]!.message } }, 422);
  });
  return app;
}
