/** createWebApp: the site's wiring (middleware, routes, errors) with no env and no listening; tests import it. */
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { jsxRenderer } from 'hono/jsx-renderer';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '@edu-catalogus/kit/runtime';
import { getCookie } from 'hono/cookie';
import type { AppEnv, SessionRevocations } from './env.ts';
import { createGatewayClient } from './gateway/client.ts';
import { createToolSearch } from './gateway/search.ts';
import { createUptake } from './gateway/uptake.ts';
import { createUi, splitLanguage } from './i18n/i18n.ts';
import { errorPage, notFoundPage } from './routes/errors.tsx';
import { createCuratorRoutes } from './routes/curator.tsx';
import { createExportRoutes } from './routes/exports.tsx';
import { createSiteRoutes } from './routes/site.ts';
import type { ReportLimits } from './routes/reports.tsx';
import { sitemap } from './routes/sitemap.ts';
import { createOidcSignIn, type OidcOptions } from './curation/oidc.ts';
import { createSchoolSignIn } from './school/sign-in.tsx';
import { createWorkspace } from './curation/workspace.ts';
import { createSessionRevocations, REVOKED_SESSIONS_FILE } from './curation/revocations.ts';
import { SESSION_COOKIE } from './curation/session.ts';
import { SCHOOL_COOKIE } from './school/session.ts';
import { visitorMiddleware, visitorRateLimit, type VisitorOptions } from './lib/visitor.ts';
import { loadStylesheet } from './lib/stylesheet.ts';
import { widgetRoutes } from './routes/widget.ts';
import { Layout } from './views/layout.tsx';

export interface WebOptions extends VisitorOptions {
  gatewayUrl: string;
  /** DATA_DIR: where revoked sessions are kept across restarts (only in memory without it), unless `revocations` is given. */
  dataDir?: string | undefined;
  /** Where sign-outs are kept: startWeb opens PostgreSQL's (shared-revocations.ts) when given a databaseUrl. */
  revocations?: SessionRevocations | undefined;
  /** The gateway URL browsers use (the widget); defaults to gatewayUrl. */
  publicGatewayUrl?: string;
  gatewayApiKey?: string | undefined;
  /** Curator sign-in through this OIDC provider; without it, development tokens. */
  oidc?: OidcOptions | undefined;
  /** The contact address named in the DCAT description of the open data (OPEN_DATA_CONTACT_EMAIL). */
  openDataContactEmail?: string | undefined;
  logger: Logger;
  /** Pages per visitor IP per window (default 120 per 60 s), before the shared gateway budget is spent. */
  rateLimit?: { points: number; windowSeconds: number } | undefined;
  /** "Meld een fout" reports per visitor IP and in total per window (default 5 and 100 per hour). */
  reportLimits?: ReportLimits | undefined;
}

export const PUBLIC_DIR = path.join(import.meta.dirname, '../public');

export function createWebApp(options: WebOptions) {
  const gateway = createGatewayClient({ url: options.gatewayUrl, apiKey: options.gatewayApiKey });
  const app = new Hono<AppEnv>({ strict: false });
  // Sign-outs survive a restart of the site (DATA_DIR/revoked-sessions, or PostgreSQL's table).
  const revocations = options.revocations ?? createSessionRevocations(options.dataDir ? path.join(options.dataDir, REVOKED_SESSIONS_FILE) : undefined);
  app.use(compress());
  app.use(visitorMiddleware(options));

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // The widget's live preview (/widget) asks the gateway from the browser.
        connectSrc: ["'self'", new URL(options.publicGatewayUrl ?? options.gatewayUrl).origin],
        // Signing in posts a form that redirects to the OIDC provider: form-action covers redirects too.
        formAction: ["'self'", ...(options.oidc ? [new URL(options.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      // The widget script must load into other sites' pages.
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  app.route('/', widgetRoutes({ publicGatewayUrl: options.publicGatewayUrl ?? options.gatewayUrl }));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=300');
  });
  const stylesheet = loadStylesheet(path.join(PUBLIC_DIR, 'css'));
  app.get('/assets/site.css', etag(), (c) => c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/assets/*', serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/assets/, '') }));

  // The reader's language: the /en prefix, or ?lang= which redirects to the prefixed (stable) URL.
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    const { lang, path: pagePath } = splitLanguage(url.pathname);
    const asked = url.searchParams.get('lang');
    if ((asked === 'en' || asked === 'nl') && asked !== lang) {
      url.searchParams.delete('lang');
      const target = createUi(asked, url).href(pagePath);
      return c.redirect(target + url.search, 302);
    }
    c.set('ui', createUi(lang, url));
    c.set('gateway', gateway);
    c.set('logger', options.logger);
    c.set('revocations', revocations);
    // A signed-in visitor's tokens may have been signed out on another instance of the site since.
    const tokens = [getCookie(c, SESSION_COOKIE), getCookie(c, SCHOOL_COOKIE)].filter((t): t is string => !!t);
    if (tokens.length > 0) await revocations.lookUp(tokens);
    await next();
  });
  app.get('/sitemap.xml', sitemap);
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  app.use(
    '*',
    jsxRenderer(({ children, ...meta }) => <Layout {...meta}>{children}</Layout>),
  );
  // Pages only (assets, widget and health answered above): each asks the gateway on the site's budget.
  app.use('*', visitorRateLimit(options.rateLimit ?? { points: 120, windowSeconds: 60 }));
  app.route('/', createExportRoutes({ apiUrl: options.publicGatewayUrl ?? options.gatewayUrl, contactEmail: options.openDataContactEmail }));

  const signIn = options.oidc ? createOidcSignIn(options.oidc) : { oidc: false as const };
  // Schools sign in where curators do: the OIDC provider (its ID token names the institution), else a pasted development token.
  const school = createSchoolSignIn({
    tokenSignIn: !options.oidc,
    start: 'start' in signIn ? signIn.start : undefined,
    claims: { school: options.oidc?.schoolClaim ?? 'school', schoolName: options.oidc?.schoolNameClaim ?? 'school_name' },
  });
  const curator = createCuratorRoutes({ workspace: createWorkspace(gateway), signIn, school });
  const uptake = createUptake(gateway, options.logger);
  const site = createSiteRoutes({
    searchTools: createToolSearch(gateway, uptake),
    uptake,
    curator,
    reportLimits: options.reportLimits,
    school,
  });
  app.route('/en', site);
  app.route('/', site);

  app.notFound(notFoundPage);
  app.onError(errorPage(options.logger));
  return app;
}
