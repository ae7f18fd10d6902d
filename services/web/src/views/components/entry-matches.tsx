/** The facilities and standards a search names ("entree", "eck id", "basispoort"), listed before the tools. */
import type { SearchData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { refName } from './links.tsx';
import { useUi } from '../ui.ts';

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether the text names the entry (its name, acronym or id), not merely mentions a word of its summary. */
export function names(q: string, entry: { id: string; name: string; acronym?: string | null }): boolean {
  const asked = squash(q);
  if (asked.length < 3) return false;
  return [entry.name, entry.acronym ?? '', entry.id].map(squash).some((name) => name.includes(asked) || (name.length >= 3 && asked.includes(name)));
}

export function EntryMatches({ q, data }: { q: string; data: SearchData }) {
  const ui = useUi();
  const { t } = ui;
  const found = [
    ...(data.facilityMatches?.edges ?? []).map(({ node }) => ({ node, href: ui.href(paths.facility(node.id)), kind: t.site.facilities })),
    ...(data.standardMatches?.edges ?? []).map(({ node }) => ({ node, href: ui.href(paths.standard(node.id)), kind: t.site.standards })),
  ].filter(({ node }) => names(q, node));
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
