/**
 * /school (and /en/school): a school's own page. Sign in with a school token; then declare, change
 * and withdraw the school's use of tools with plain POST forms, CSRF-checked by Origin, each answered
 * with a redirect back (or the page again with the problems beside the form). The gateway and the
 * schools subgraph decide what the token may do; the site never sends a school id of its own.
 */
import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../env.ts';
import { errorCode } from '../curation/problems.ts';
import type { GraphQLError } from '../gateway/client.ts';
import { documents } from '../gateway/documents.ts';
import type { UptakeSource } from '../gateway/uptake.ts';
import { type FormBody, usageInputOf, usageProblems } from '../school/form.ts';
import { schoolPaths } from '../school/paths.ts';
import { endSchoolSession, readSchoolSession, schoolSession, startSchoolSession, type SchoolSession } from '../school/session.ts';
import { SchoolPage, SchoolSignIn, type Refused } from '../views/school/school-page.tsx';

type Done = keyof AppEnv['Variables']['ui']['t']['school']['done'];
type Status = 200 | 401 | 403 | 404 | 409 | 422 | 429;

export function createSchoolRoutes(options: { tokenSignIn: boolean; uptake: UptakeSource }) {
  const app = new Hono<AppEnv>({ strict: false });
  app.use(`${schoolPaths.home}/*`, csrf());
  app.use(`${schoolPaths.home}/*`, async (c, next) => {
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex');
    await next();
  });
  app.use(schoolPaths.home, async (c, next) => {
    c.header('Cache-Control', 'private, no-store');
    await next();
  });

  const meta = (c: Context<AppEnv>) => ({ title: c.var.ui.t.school.title, noindex: true });
  const signIn = (c: Context<AppEnv>, message?: string, status: Status = 200) => {
    c.status(status);
    return c.render(<SchoolSignIn message={message} tokenSignIn={options.tokenSignIn} />, meta(c));
  };
  /** The page's errors when the gateway refused the token itself (signed in for no school, expired). */
  const refusal = (c: Context<AppEnv>, errors: GraphQLError[]) => {
    const code = errorCode(errors);
    if (code === 'FORBIDDEN') return signIn(c, c.var.ui.t.school.notSchool, 403);
    if (code === 'UNAUTHENTICATED') return signIn(c, c.var.ui.t.school.badToken, 401);
    return null;
  };

  const page = async (c: Context<AppEnv>, session: SchoolSession, extra: { done?: string; refused?: Refused; message?: string }, status: Status = 200) => {
    const result = await c.var.gateway.send(documents.mySchool, {}, { token: session.token });
    const refused = refusal(c, result.errors);
    if (refused) {
      endSchoolSession(c, false);
      return refused;
    }
    if (!result.data) throw new Error(result.errors.map((e) => e.message).join('; ') || 'mySchool: no data');
    const school = result.data.mySchool;
    c.status(status);
    return c.render(<SchoolPage schoolName={school?.name ?? session.school} declarations={school?.declarations ?? []} {...extra} />, meta(c));
  };

  app.get(schoolPaths.home, async (c) => {
    const session = schoolSession(c);
    if (!session) return signIn(c);
    const done = c.req.query('gedaan') as Done | undefined;
    return page(c, session, { ...(done && done in c.var.ui.t.school.done ? { done: c.var.ui.t.school.done[done] } : {}) });
  });

  app.post(schoolPaths.signIn, async (c) => {
    if (!options.tokenSignIn) return signIn(c, undefined, 403);
    const body = await c.req.parseBody();
    const session = readSchoolSession(typeof body.token === 'string' ? body.token : '');
    if (!session) return signIn(c, c.var.ui.t.school.badToken, 401);
    // The gateway decides: the school's own query must succeed with this token.
    const result = await c.var.gateway.send(documents.mySchool, {}, { token: session.token });
    const refused = refusal(c, result.errors);
    if (refused) return refused;
    if (result.errors.length > 0) return signIn(c, c.var.ui.t.school.badToken, 401);
    startSchoolSession(c, session);
    return c.redirect(c.var.ui.href(schoolPaths.home), 303);
  });

  app.post(schoolPaths.signOut, (c) => {
    endSchoolSession(c, true);
    return c.redirect(c.var.ui.href(schoolPaths.home), 303);
  });

  /** One write: with the session, the form, and where to show problems (`new` or the tool's form). */
  const write =
    (
      run: (c: Context<AppEnv>, session: SchoolSession, body: FormBody) => Promise<{ errors: GraphQLError[] }>,
      done: Done,
      formKey: (body: FormBody) => string,
    ) =>
    async (c: Context<AppEnv>) => {
      const session = schoolSession(c);
      if (!session) return c.redirect(c.var.ui.href(schoolPaths.home), 303);
      const body = (await c.req.parseBody()) as FormBody;
      const { errors } = await run(c, session, body);
      if (errors.length === 0) {
        options.uptake.invalidate();
        return c.redirect(`${c.var.ui.href(schoolPaths.home, { gedaan: done })}#declarations`, 303);
      }
      const refused = refusal(c, errors);
      if (refused) return refused;
      const code = errorCode(errors);
      const status: Status = code === 'CONFLICT' ? 409 : code === 'NOT_FOUND' ? 404 : code === 'RATE_LIMITED' ? 429 : 422;
      const problems = usageProblems(errors, c.var.ui);
      return page(c, session, { refused: { key: formKey(body), values: { ...usageInputOf(body) }, problems } }, status);
    };

  app.post(
    schoolPaths.declare,
    write(
      (c, s, body) => c.var.gateway.send(documents.declareToolUsage, { input: usageInputOf(body) }, { token: s.token }),
      'declared',
      () => 'new',
    ),
  );
  app.post(
    schoolPaths.update,
    write(
      (c, s, body) => c.var.gateway.send(documents.updateToolUsage, { input: usageInputOf(body) }, { token: s.token }),
      'updated',
      (b) => usageInputOf(b).tool,
    ),
  );
  app.post(schoolPaths.withdraw, async (c) => {
    const session = schoolSession(c);
    if (!session) return c.redirect(c.var.ui.href(schoolPaths.home), 303);
    const body = await c.req.parseBody();
    if (body.confirm !== 'yes') return page(c, session, { message: c.var.ui.t.school.withdrawNeedsConfirm }, 422);
    const tool = typeof body.tool === 'string' ? body.tool : '';
    const { errors } = await c.var.gateway.send(documents.withdrawToolUsage, { tool }, { token: session.token });
    if (errors.length === 0) {
      options.uptake.invalidate();
      return c.redirect(`${c.var.ui.href(schoolPaths.home, { gedaan: 'withdrawn' })}#declarations`, 303);
    }
    const refused = refusal(c, errors);
    if (refused) return refused;
    return page(c, session, { message: usageProblems(errors, c.var.ui)[0]?.message ?? errors[0]!.message }, 422);
  });
  return app;
}
