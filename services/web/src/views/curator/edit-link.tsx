/** "Bewerken" on a public entry page, for a signed-in curator only: straight to the entry's form in the workspace. */
import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { curatorPaths, ENTITIES } from '../../curation/entities.ts';
import { optionalSession } from '../../curation/session.ts';
import type { AppEnv } from '../../env.ts';

/** The page wrapped with an edit link when a curator is signed in; the page as it is otherwise. */
export function withEditLink(c: Context<AppEnv>, type: string, id: string, name: string, page: JSX.Element): JSX.Element {
  const entity = ENTITIES.find((e) => e.type === type);
  if (!entity || !optionalSession(c)) return page;
  const { ui } = c.var;
  return (
    <>
      <p class="edit-link">
        <a href={ui.href(curatorPaths.edit(entity, id))} aria-label={ui.t.work.editPublicLabel(name)}>
          {ui.t.work.editPublic}
        </a>
      </p>
      {page}
    </>
  );
}
