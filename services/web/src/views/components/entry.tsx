/** The parts every entry page shares: the heading with its short name and summary, and sections of links. */
import type { Child } from 'hono/jsx';
import type { Localized, Ref } from '../../gateway/types.ts';
import { RefLinks } from './links.tsx';
import { Paragraph } from './localized.tsx';

export function EntryHeader({ name, alias, summary, children }: { name: string; alias?: string | null; summary: Localized; children?: Child }) {
  return (
    <header class="entry-header">
      <h1>
        {name}
        {alias && alias !== name && ` (${alias})`}
      </h1>
      <Paragraph value={summary} class="lead" />
      {children}
    </header>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One relation of an entry page: its heading, the linked entries and those archived since (named beside them). */
export interface Relation {
  id: string;
  title: string;
  items: (Ref | null)[];
  to: (id: string) => string;
  archived?: Ref[];
}

/** A section listing links to other entries, e.g. the standards a tool implements. */
export function LinkSection({ id, title, items, to, archived }: Relation) {
  return (
    <Section id={id} title={title}>
      <RefLinks items={items} to={to} archived={archived} />
    </Section>
  );
}

/** The relations of an entry page side by side, each with its archived entries beside it (never dropped). */
export function RelationSections({ relations }: { relations: Relation[] }) {
  return (
    <div class="entry-grid">
      {relations.map((relation) => (
        <LinkSection {...relation} />
      ))}
    </div>
  );
}
