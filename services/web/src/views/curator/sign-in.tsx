/** Sign-in: through the OIDC provider when one is configured, else by pasting a development token. */
import { curatorPaths } from '../../curation/entities.ts';
import { useUi } from '../ui.ts';

export function SignInPage({ next, message, oidc }: { next: string; message?: string | undefined; oidc: boolean }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <>
      <h1>{t.curator.signInTitle}</h1>
      <p>{t.curator.signInIntro}</p>
      {message && (
        <p class="notice error" role="alert">
          {message}
        </p>
      )}
      {oidc ? (
        <form method="post" action={ui.href(curatorPaths.signIn)}>
          <p>{t.curator.oidcIntro}</p>
          <input type="hidden" name="next" value={next} />
          <button type="submit">{t.curator.oidcButton}</button>
        </form>
      ) : (
        <form method="post" action={ui.href(curatorPaths.signIn)}>
          <p>{t.curator.devIntro}</p>
          <pre>
            <code>npm run token -- --org kennisnet --role curator --sub alice --name "Alice"</code>
          </pre>
          <input type="hidden" name="next" value={next} />
          <div class="field">
            <label for="token">{t.curator.token}</label>
            <textarea id="token" name="token" rows={4} autocomplete="off" spellcheck={false}></textarea>
          </div>
          <button type="submit">{t.curator.signIn}</button>
        </form>
      )}
    </>
  );
}
