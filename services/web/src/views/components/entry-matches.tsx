/**
 * The other kinds of entry a search finds, grouped: products ("Alternatieven voor …"), facilities,
 * standards and organisations. Entries the text names ("entree", "eck id", "basispoort", "teams")
 * come before the tools (a product only when alternatives(to:) matches it); the rest of what the
 * API's text search found follows them.
 */
import type { Localized, SearchData } from '../../gateway/types.ts';
import type { Ui } from '../../i18n/i18n.ts';
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

interface Found {
  id: string;
  label: string;
  href: string;
  summary?: Localized | undefined;
  named: boolean;
}

export interface EntryGroup {
  key: 'products' | 'facilities' | 'standards' | 'organisations';
  title: string;
  items: Found[];
}

type Entry = { id: string; name: string; acronym?: string | null; summary?: Localized };

/** Every group with what it found, each entry once, the named ones first. */
export function entryGroups(q: string, data: SearchData, ui: Ui): EntryGroup[] {
  const { t } = ui;
  const found = (entries: Entry[], href: (id: string) => string, label: (e: Entry) => string = refName): Found[] => {
    const seen = new Set<string>();
    return entries
      .filter((e) => !seen.has(e.id) && seen.add(e.id))
      .map((e) => ({ id: e.id, label: label(e), href: ui.href(href(e.id)), summary: e.summary, named: names(q, e) }))
      .sort((a, b) => Number(b.named) - Number(a.named));
  };
  const product = data.match?.product ? [data.match.product] : [];
  const products = found([...product, ...(data.productMatches?.edges ?? []).map((e) => e.node)], paths.product, (p) => t.search.productMatch(p.name));
  // A product is named only when alternatives(to:) matches it (name, alias, close misspelling: "teams"):
  // "video" is part of many product names (WeVideo ...) without asking for any of them.
  for (const item of products) item.named = product.some((p) => p.id === item.id);
  const organisations = (data.organisationMatches ?? []).map((o) => ({ ...o, acronym: o.shortName })).filter((o) => names(q, o));
  // Products last: alternatives(to:) also takes a close misspelling ("eck id" → Entra ID), while the
  // other groups are named by name, acronym or id, so a facility or standard the text names comes first.
  return [
    {
      key: 'facilities',
      title: t.search.groups.facilities,
      items: found(
        (data.facilityMatches?.edges ?? []).map((e) => e.node),
        paths.facility,
      ),
    },
    {
      key: 'standards',
      title: t.search.groups.standards,
      items: found(
        (data.standardMatches?.edges ?? []).map((e) => e.node),
        paths.standard,
      ),
    },
    { key: 'organisations', title: t.search.groups.organisations, items: found(organisations, paths.organisation) },
    { key: 'products', title: t.search.groups.products, items: products },
  ];
}

/** The groups' named entries (`named`) or the others, each group under its own heading. */
export function EntryMatches({ q, data, named }: { q: string; data: SearchData; named: boolean }) {
  const ui = useUi();
  const groups = entryGroups(q, data, ui)
    .map((group) => ({ ...group, items: group.items.filter((item) => item.named === named) }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <div class={named ? 'entry-matches' : 'entry-matches also-found'}>
      {groups.map((group) => (
        <section aria-labelledby={`group-${group.key}-${named ? 'named' : 'more'}`}>
          <h3 id={`group-${group.key}-${named ? 'named' : 'more'}`}>{named ? group.title : ui.t.search.alsoFound(group.title)}</h3>
          <ul>
            {group.items.map((item) => (
              <li>
                <a href={item.href}>{item.label}</a>
                {item.summary && (
                  <>
                    <br />
                    {ui.text(item.summary)}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
