/**
 * /school: a school signs in with its token, then lists, adds, changes and withdraws its usage
 * declarations on this one page; plain forms, no JavaScript needed.
 */
import type { Problem } from '../../curation/problems.ts';
import type { MySchoolQuery } from '../../gateway/operations.generated.ts';
import { paths } from '../../lib/paths.ts';
import { schoolPaths } from '../../school/paths.ts';
import { useUi } from '../ui.ts';
import { DeclarationFields, type DeclarationValues } from './declaration-fields.tsx';
import { ProfileForm, type SchoolProfile } from './profile-form.tsx';

export type Declaration = NonNullable<MySchoolQuery['mySchool']>['declarations'][number];

/** A form the page shows again after a refusal: which one (`new` or a tool id), what was typed and what went wrong. */
export interface Refused {
  key: string;
  values: DeclarationValues;
  problems: Problem[];
}

export function SchoolSignIn({ message, tokenSignIn, oidc }: { message?: string | undefined; tokenSignIn: boolean; oidc: boolean }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <>
      <h1>{t.school.signInTitle}</h1>
      <p>{t.school.intro}</p>
      {message && (
        <p class="notice error" role="alert">
          {message}
        </p>
      )}
      {oidc ? (
        <form method="post" action={ui.href(schoolPaths.signIn)}>
          <p>{t.school.oidcIntro}</p>
          <button type="submit">{t.school.signInButton}</button>
        </form>
      ) : tokenSignIn ? (
        <form method="post" action={ui.href(schoolPaths.signIn)}>
          <p>{t.school.signInIntro}</p>
          <div class="field">
            <label for="school-token">{t.school.tokenLabel}</label>
            <p class="hint" id="school-token-hint">
              <code>npm run token -- --role school --school 00AA</code>
            </p>
            <textarea id="school-token" name="token" rows={4} autocomplete="off" spellcheck={false} aria-describedby="school-token-hint"></textarea>
          </div>
          <button type="submit">{t.school.signInButton}</button>
        </form>
      ) : (
        <p class="notice">{t.school.noTokenSignIn}</p>
      )}
    </>
  );
}

function DeclarationItem({ d, refused }: { d: Declaration; refused: Refused | undefined }) {
  const ui = useUi();
  const { t } = ui;
  const key = d.tool.id;
  const values = refused?.key === key ? refused.values : { ...d, tool: d.tool.id };
  return (
    <li class="declaration" id={`tool-${key}`}>
      <h3>
        <a href={ui.href(paths.tool(d.tool.id))}>{d.tool.name}</a>
      </h3>
      {d.noteStatus && (
        <p class="muted">
          {t.school.noteStatus[d.noteStatus]}
          {d.noteRejection && ` · ${t.school.rejectedBecause(d.noteRejection)}`}
        </p>
      )}
      <form method="post" action={ui.href(schoolPaths.update)} aria-label={`${t.school.update}: ${d.tool.name}`}>
        <DeclarationFields formKey={key} values={values} problems={refused?.key === key ? refused.problems : []} withTool={false} />
        <button type="submit">{t.school.update}</button>
      </form>
      <form method="post" action={ui.href(schoolPaths.withdraw)} class="withdraw" aria-label={`${t.school.withdraw}: ${d.tool.name}`}>
        <input type="hidden" name="tool" value={d.tool.id} />
        <div class="field checkbox">
          <input type="checkbox" id={`confirm-${key}`} name="confirm" value="yes" required />
          <label for={`confirm-${key}`}>{t.school.withdrawConfirm}</label>
        </div>
        <button type="submit" class="secondary">
          {t.school.withdraw}
        </button>
      </form>
    </li>
  );
}

export interface SchoolPageProps {
  schoolName: string;
  profile: SchoolProfile;
  declarations: Declaration[];
  done?: string | undefined;
  refused?: Refused | undefined;
  /** A problem with no form of its own (withdrawing without confirming, a declaration gone meanwhile). */
  message?: string | undefined;
}

export function SchoolPage({ schoolName, profile, declarations, done, refused, message }: SchoolPageProps) {
  const ui = useUi();
  const { t } = ui;
  const general = [...(refused?.problems.filter((p) => p.path === null).map((p) => p.message) ?? []), ...(message ? [message] : [])];
  const blank: DeclarationValues = { tool: '', since: '', namedPublicly: false, contactable: false };
  return (
    <>
      <h1>{t.school.title}</h1>
      <div class="signed-in">
        {t.school.signedInAs(schoolName)}{' '}
        <form method="post" action={ui.href(schoolPaths.signOut)} class="inline">
          <button type="submit" class="secondary">
            {t.school.signOut}
          </button>
        </form>
      </div>
      <p>{t.school.intro}</p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {(general.length > 0 || (refused && refused.problems.length > 0)) && (
        <div class="notice error" role="alert">
          <p>{t.school.problems}</p>
          <ul>
            {[...general, ...(refused?.problems.filter((p) => p.path !== null).map((p) => p.message) ?? [])].map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <ProfileForm profile={profile} />
      <section aria-labelledby="declarations">
        <h2 id="declarations">{t.school.declarations}</h2>
        {declarations.length === 0 ? (
          <p class="muted">{t.school.noDeclarations}</p>
        ) : (
          <ul class="declarations">
            {declarations.map((d) => (
              <DeclarationItem d={d} refused={refused} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="declare">
        <h2 id="declare">{t.school.add}</h2>
        <form method="post" action={ui.href(schoolPaths.declare)}>
          <DeclarationFields
            formKey="new"
            values={refused?.key === 'new' ? refused.values : blank}
            problems={refused?.key === 'new' ? refused.problems : []}
            withTool
          />
          <button type="submit">{t.school.declare}</button>
        </form>
      </section>
    </>
  );
}
