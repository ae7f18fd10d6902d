/** An index page (facilities, standards, organisations): each entry's name linked, with a line about it. */
import type { Localized } from '../../gateway/types.ts';
import { Paragraph } from '../components/localized.tsx';
import { useUi } from '../ui.ts';

export interface EntryListItem {
  href: string;
  name: string;
  meta: string;
  summary: Localized;
}

export function EntryListPage({ title, intro, items }: { title: string; intro: string; items: EntryListItem[] }) {
  const ui = useUi();
  const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name, ui.lang));
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      <ul class="entry-list">
        {sorted.map((item) => (
          <li>
            <a href={item.href}>
              <strong>{item.name}</strong>
            </a>{' '}
            <span class="muted">{item.meta}</span>
            <Paragraph value={item.summary} />
          </li>
        ))}
      </ul>
    </>
  );
}
