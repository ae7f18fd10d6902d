/** The facilities and standards a search names ("entree", "eck id", "basispoort"), listed before the tools. */
import type { SearchData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { refName } from './links.tsx';
import { useUi } from '../ui.ts';

export function EntryMatches({ data }: { data: SearchData }) {
  const ui = useUi();
  const { t } = ui;
  const found = [
    ...(data.facilityMatches?.edges ?? []).map(({ node }) => ({ node, href: ui.href(paths.facility(node.id)), kind: t.site.facilities })),
    ...(data.standardMatches?.edges ?? []).map(({ node }) => ({ node, href: ui.href(paths.standard(node.id)), kind: t.site.standards })),
  ];
  if (found.length === 0) return null;
  return (
    <div class="entry-matches">
      <h3>{t.search.entryMatches}</h3>
      <ul>
        {found.map(({ node, href, kind }) => (
          <li>
            <a href={href}>{refName(node)}</a> <span class="muted">({kind})</span>
            <br />
            {ui.text(node.summary)}
          </li>
        ))}
      </ul>
    </div>
  );
}
