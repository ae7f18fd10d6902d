/**
 * Curator sign-in and sign-out. Without an OIDC issuer, a curator pastes a development token
 * (`npm run token`); the gateway must accept it for a curator query before the session starts.
 * The OIDC callback serves schools too: an ID token with the institution claim lands on /school.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { curatorPaths } from '../curation/entities.ts';
import { problemWords } from '../curation/problem-words.ts';
import { errorCode, problemsOf } from '../curation/problems.ts';
import { readSession, revokeSession, startSession, type CuratorSession } from '../curation/session.ts';
import { SignInFailed } from '../curation/oidc.ts';
import type { Workspace } from '../curation/workspace.ts';
import { paths } from '../lib/paths.ts';
import type { SchoolSignIns } from '../school/sign-in.tsx';
import { SignInPage } from '../views/curator/sign-in.tsx';

/** How curators prove who they are: a pasted development token, or an OIDC provider. */
export interface SignIn {
  oidc: boolean;
  /** OIDC: where to send the browser to sign in. */
  start?: (c: Context<AppEnv>, next: string) => Promise<Response>;
  /** OIDC: the redirect back, with the code; resolves to the access token. */
  finish?: (c: Context<AppEnv>) => Promise<{ token: string; next: string; claims?: Record<string, unknown> }>;
}

/** Only a path on this site: `/redactie/...`, never `//evil.example` or an absolute URL. */
export const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : undefined);

const isCuratorPath = (next: string) => /^(\/en)?\/redactie(\/|$)/.test(next);
const isSchoolPath = (next: string) => /^(\/en)?\/school(\/|$|\?)/.test(next);

export function signInRoutes(signIn: SignIn, workspace: Workspace, school?: SchoolSignIns) {
  const app = new Hono<AppEnv>({ strict: false });
  const noStore = (c: Context<AppEnv>) => c.header('Cache-Control', 'private, no-store');

  const page = (c: Context<AppEnv>, message?: string, status: 200 | 401 | 403 = 200) => {
    noStore(c);
    c.status(status);
    const next = safeNext(c.req.query('next')) ?? c.var.ui.href(curatorPaths.home);
    return c.render(<SignInPage next={next} message={message} oidc={signIn.oidc} />, { title: c.var.ui.t.curator.signInTitle, noindex: true });
  };

  /** The gateway decides: a curator query with the token must succeed. */
  const begin = async (c: Context<AppEnv>, session: CuratorSession | null, next: string | undefined) => {
    const { t } = c.var.ui;
    if (!session) return page(c, t.curator.badToken, 401);
    const result = await c.var.gateway.send(workspace.queue, {}, { token: session.token });
    const code = errorCode(result.errors);
    // A refusal with a reason (an organisation the catalogue does not know) says which; else "not a curator".
    if (code === 'FORBIDDEN')
      return page(c, result.errors[0]?.extensions?.reason ? problemWords(problemsOf(result.errors)[0]!, c.var.ui) : t.curator.notCurator, 403);
    if (code || !result.data) return page(c, t.curator.badToken, 401);
    startSession(c, session);
    return c.redirect(safeNext(next) ?? c.var.ui.href(curatorPaths.home), 303);
  };

  app.get(curatorPaths.signIn, (c) => page(c, c.req.query('expired') ? c.var.ui.t.curator.expired : undefined));

  app.post(curatorPaths.signIn, async (c) => {
    const body = await c.req.parseBody();
    const next = typeof body.next === 'string' ? body.next : undefined;
    if (signIn.start) return signIn.start(c, safeNext(next) ?? c.var.ui.href(curatorPaths.home));
    return begin(c, readSession(typeof body.token === 'string' ? body.token : ''), next);
  });

  app.get(curatorPaths.oidcCallback, async (c) => {
    if (!signIn.finish) return c.redirect(c.var.ui.href(curatorPaths.signIn), 303);
    try {
      const { token, next, claims } = await signIn.finish(c);
      // An ID token naming a school's institution signs in for the school (it lands on /school), unless a
      // curator started from the curators' page and the gateway takes the token as a curator's.
      if (school && (isSchoolPath(next) || school.institutionOf(claims))) {
        const asCurator = isCuratorPath(next) && !errorCode((await c.var.gateway.send(workspace.queue, {}, { token })).errors);
        if (!asCurator) return school.institutionOf(claims) ? await school.admit(c, token) : school.render(c, c.var.ui.t.school.notSchool, 403);
      }
      return await begin(c, readSession(token), next);
    } catch (error) {
      if (!(error instanceof SignInFailed)) throw error;
      c.var.logger.warn({ err: error }, 'OIDC sign-in failed');
      return page(c, c.var.ui.t.curator.oidcFailed, 401);
    }
  });

  app.post(curatorPaths.signOut, async (c) => {
    await revokeSession(c);
    return c.redirect(c.var.ui.href(paths.home), 303);
  });
  return app;
}
