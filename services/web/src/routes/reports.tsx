/**
 * "Meld een fout" on every entry page: the form posts here (CSRF-checked like the curator forms), the
 * site sends it on as `report<Type>Problem` and redirects to a thanks page that says what happens
 * next (a reload sends nothing twice). Reports are limited per visitor IP and in total per window,
 * before the gateway is asked; the subgraph caps open reports per entry and overall.
 */
import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppEnv } from '../env.ts';
import { type RegisteredDocument, reportDocuments } from '../gateway/documents.ts';
import { reportProblem, reportWords } from '../i18n/reports.ts';
import { collections, entryRoute, reportPath } from '../lib/paths.ts';
import { ReportSentPage } from '../views/pages/report-sent.tsx';
import { entryKinds, readEntry, renderEntry, type EntryKind } from './entries.tsx';
import { notFoundPage } from './errors.tsx';

export interface ReportLimits {
  /** Reports per visitor IP per window. */
  perVisitor: number;
  /** Reports from everyone together per window. */
  total: number;
  windowSeconds: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { perVisitor: 5, total: 100, windowSeconds: 3600 };

const KINDS = [
  [collections.tools, entryKinds.tool],
  [collections.products, entryKinds.product],
  [collections.facilities, entryKinds.facility],
  [collections.standards, entryKinds.standard],
  [collections.organisations, entryKinds.organisation],
] as const;

const field = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

export function createReportRoutes(limits: ReportLimits = DEFAULT_REPORT_LIMITS) {
  const app = new Hono<AppEnv>({ strict: false });
  const perVisitor = new RateLimiterMemory({ points: limits.perVisitor, duration: limits.windowSeconds });
  const total = new RateLimiterMemory({ points: limits.total, duration: limits.windowSeconds });
  /** Seconds until the visitor may report again; 0 when this report may go. */
  const wait = async (ip: string) => {
    try {
      await perVisitor.consume(ip);
      await total.consume('everyone');
      return 0;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  };

  const route = <T extends { id: string; name: string }>(collection: string, kind: EntryKind<T>) => {
    const path = reportPath(entryRoute(collection));
    app.use(path, csrf());

    app.get(path, async (c: Context<AppEnv>) => {
      const found = await readEntry(c, kind);
      if (!found) return notFoundPage(c);
      const { ui } = c.var;
      const entryHref = ui.href(kind.path(found.id));
      // Only the redirect after a stored report lands here; anyone else goes to the form.
      if (c.req.query('ontvangen') === undefined) return c.redirect(`${entryHref}#meld-een-fout`, 303);
      const words = reportWords(ui.lang);
      return c.render(<ReportSentPage name={found.name} href={entryHref} withEmail={c.req.query('email') !== undefined} />, {
        title: words.thanksTitle,
        noindex: true,
      });
    });

    app.post(path, async (c: Context<AppEnv>) => {
      const found = await readEntry(c, kind);
      if (!found) return notFoundPage(c);
      const { ui } = c.var;
      const words = reportWords(ui.lang);
      const body = await c.req.parseBody();
      const state = { message: field(body.message, 4000), email: field(body.email, 300).trim() };
      const retryAfter = await wait(c.var.visitor.ip);
      if (retryAfter > 0) {
        c.status(429);
        c.header('Retry-After', String(retryAfter));
        return renderEntry(c, kind, found, { ...state, problems: { message: words.tooMany } });
      }
      const input = { message: state.message, email: state.email || null };
      // The report documents are one per entity type, loaded by name: their result shape is the same.
      const document = reportDocuments.report[kind.type] as RegisteredDocument<{ report: { entityId: string } | null }>;
      const result = await c.var.gateway.send(document, { id: found.id, input });
      if (result.data?.report) {
        const sent = `${ui.href(reportPath(kind.path(found.id)))}?ontvangen${state.email ? '&email' : ''}`;
        return c.redirect(sent, 303);
      }
      if (result.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) return notFoundPage(c);
      const problems = Object.fromEntries(result.errors.map((error) => reportProblem(words, error)).map((p) => [p.field, p.text]));
      c.status(result.errors.some((e) => e.extensions?.code === 'CONFLICT') ? 409 : 422);
      return renderEntry(c, kind, found, { ...state, problems });
    });
  };
  for (const [collection, kind] of KINDS) route<{ id: string; name: string }>(collection, kind as EntryKind<any>);
  return app;
}
