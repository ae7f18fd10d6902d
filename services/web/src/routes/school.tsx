/**
 * /school (and /en/school): a school's own page. Sign in (OIDC, or a development token: school/sign-in.tsx); then declare, change
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
import { endSchoolSession, schoolSession as sessionOf, type SchoolSession } from '../school/session.ts';
import type { SchoolSignIns } from '../school/sign-in.tsx';
import { SchoolPage, type Refused } from '../views/school/school-page.tsx';

type Done = keyof AppEnv['Variables']['ui']['t']['school']['done'];
type Status = 200 | 401 | 403 | 404 | 409 | 422 | 429;

export function createSchoolRoutes(options: { signIn: SchoolSignIns; uptake: UptakeSource }) {
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
  const { render: signIn, refusal } = options.signIn;
  const schoolSession = (c: Context<AppEnv>) => sessionOf(c, options.signIn.options.claims);

  const page = async (c: Context<AppEnv>, session: SchoolSession, extra: { done?: string; refused?: Refused; message?: string }, status: Status = 200) => {
    const result = await c.var.gateway.send(documents.mySchool, {}, { token: session.token });
    const refused = refusal(c, result.errors);
    if (refused) {
      await endSchoolSession(c, false);
      return refused;
    }
    if (!result.data) throw new Error(result.errors.map((e) => e.message).join('; ') || 'mySchool: no data');
    const school = result.data.mySchool;
    const profile = school ?? { name: session.schoolName || session.school, sectors: [], municipality: null, province: null };
    c.status(status);
    return c.render(<SchoolPage schoolName={profile.name} profile={profile} declarations={school?.declarations ?? []} {...extra} />, meta(c));
  };

  app.get(schoolPaths.home, async (c) => {
    const session = schoolSession(c);
    if (!session) return signIn(c);
    const done = c.req.query('gedaan') as Done | undefined;
    return page(c, session, { ...(done && done in c.var.ui.t.school.done ? { done: c.var.ui.t.school.done[done] } : {}) });
  });

  app.post(schoolPaths.signIn, async (c) => {
    // With an OIDC provider: there, and back through the callback to this page.
    if (options.signIn.options.start) return options.signIn.options.start(c, c.var.ui.href(schoolPaths.home));
    if (!options.signIn.options.tokenSignIn) return signIn(c, undefined, 403);
    const body = await c.req.parseBody();
    return options.signIn.admit(c, typeof body.token === 'string' ? body.token : '');
  });

  app.post(schoolPaths.signOut, async (c) => {
    await endSchoolSession(c, true);
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
  app.post(schoolPaths.profile, async (c) => {
    const session = schoolSession(c);
    if (!session) return c.redirect(c.var.ui.href(schoolPaths.home), 303);
    const body = await c.req.parseBody({ all: true });
    const one = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const sectors = ([] as unknown[]).concat(body.sectors ?? []).filter((v): v is string => typeof v === 'string');
    const input = { name: one('name'), sectors, municipality: one('municipality') || null, province: one('province') || null };
    const { errors } = await c.var.gateway.send(documents.updateMySchool, { input: input as never }, { token: session.token });
    if (errors.length === 0) {
      options.uptake.invalidate();
      return c.redirect(c.var.ui.href(schoolPaths.home, { gedaan: 'profile' }), 303);
    }
    const refused = refusal(c, errors);
    if (refused) return refused;
    return page(c, session, { message: usageProblems(errors, c.var.ui)[0]?.message ?? errors[0]!.message }, 422);
  });
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
