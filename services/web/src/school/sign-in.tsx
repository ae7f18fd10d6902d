/**
 * How a school signs in, shared by /school and the OIDC callback (one redirect URI, the curators'):
 * a pasted development token, or the organisation's OIDC provider (Entree Federatie, SURFconext, a
 * broker). After OIDC the ID token's institution claim (`OIDC_SCHOOL_CLAIM`) says the person signs in
 * for a school; the gateway then decides, as for a pasted token, whether the access token may speak
 * for it (role `school` and the same claim in the access token).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { errorCode } from '../curation/problems.ts';
import type { GraphQLError } from '../gateway/client.ts';
import { documents } from '../gateway/documents.ts';
import { SchoolSignIn } from '../views/school/school-page.tsx';
import { schoolPaths } from './paths.ts';
import { type SchoolClaims, type SchoolSession, readSchoolSession, startSchoolSession } from './session.ts';

type Status = 200 | 401 | 403 | 404 | 409 | 422 | 429;

export interface SchoolSignInOptions {
  /** Development: paste a token from `npm run token -- --role school --school 00AA`. */
  tokenSignIn: boolean;
  /** The OIDC start (the curators' provider), when there is one. */
  start?: ((c: Context<AppEnv>, next: string) => Promise<Response>) | undefined;
  /** The claims naming the institution and its name, as the gateway reads them (OIDC_SCHOOL_CLAIM, OIDC_SCHOOL_NAME_CLAIM). */
  claims: SchoolClaims;
}

export function createSchoolSignIn(options: SchoolSignInOptions) {
  const render = (c: Context<AppEnv>, message?: string, status: Status = 200) => {
    c.status(status);
    return c.render(<SchoolSignIn message={message} tokenSignIn={options.tokenSignIn} oidc={Boolean(options.start)} />, {
      title: c.var.ui.t.school.title,
      noindex: true,
    });
  };
  /** The sign-in page again when the gateway refused the token itself (no school, expired); else null. */
  const refusal = (c: Context<AppEnv>, errors: GraphQLError[]) => {
    const code = errorCode(errors);
    if (code === 'FORBIDDEN') return render(c, c.var.ui.t.school.notSchool, 403);
    if (code === 'UNAUTHENTICATED') return render(c, c.var.ui.t.school.badToken, 401);
    return null;
  };
  return {
    options,
    render,
    refusal,
    /** The institution an ID token's claims name, or null: then the person does not sign in as a school. */
    institutionOf: (claims: Record<string, unknown> | undefined) => {
      const value = claims?.[options.claims.school];
      return typeof value === 'string' && value ? value : null;
    },
    /** A token becomes the school's session when the gateway answers the school's own query with it. */
    async admit(c: Context<AppEnv>, token: string): Promise<Response> {
      const session: SchoolSession | null = readSchoolSession(token, options.claims);
      if (!session) return render(c, c.var.ui.t.school.badToken, 401);
      const result = await c.var.gateway.send(documents.mySchool, {}, { token: session.token });
      const refused = refusal(c, result.errors);
      if (refused) return refused;
      if (result.errors.length > 0) return render(c, c.var.ui.t.school.badToken, 401);
      startSchoolSession(c, session);
      return c.redirect(c.var.ui.href(schoolPaths.home), 303);
    },
  };
}
export type SchoolSignIns = ReturnType<typeof createSchoolSignIn>;
