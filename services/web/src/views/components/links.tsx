/** Lists of links to other entries, and enum values in words. */
import type { Ref } from '../../gateway/types.ts';
import type { EnumName } from '../../i18n/i18n.ts';
import { present } from '../../lib/present.ts';
import { useUi } from '../ui.ts';

export const refName = (ref: Ref) => (ref.acronym && ref.acronym !== ref.name ? `${ref.name} (${ref.acronym})` : ref.name);

/**
 * Links to related entries. An archived one is never dropped silently: one this subgraph names (`archived`)
 * is listed by name with "gearchiveerd" and no link; one of another subgraph arrives as null (the gateway
 * cannot resolve an archived entity) and is counted ("En 1 item dat inmiddels gearchiveerd is.").
 */
export function RefLinks({ items, to, archived = [] }: { items: (Ref | null)[]; to: (id: string) => string; archived?: Ref[] }) {
  const ui = useUi();
  const linked = present(items);
  const unnamed = items.length - linked.length;
  if (linked.length + archived.length + unnamed === 0) return <p class="muted">{ui.t.tool.none}</p>;
  return (
    <>
      {linked.length + archived.length > 0 && (
        <ul class="links">
          {linked.map((ref) => (
            <li>
              <a href={ui.href(to(ref.id))}>{refName(ref)}</a>
            </li>
          ))}
          {archived.map((ref) => (
            <li>
              {refName(ref)} <span class="badge">{ui.t.work.archived}</span>
            </li>
          ))}
        </ul>
      )}
      {unnamed > 0 && <p class="muted">{ui.t.work.archivedUnnamed(unnamed)}</p>}
    </>
  );
}

/**
 * The same in a line of facts ("PO-Raad, OCW gearchiveerd"): linked entries, then archived ones by name with
 * "gearchiveerd" and no link; `unnamed` says an organisation of another subgraph was archived (it arrives as null, without a name).
 */
export function InlineRefs({
  items,
  to,
  archived = [],
  unnamed = false,
}: {
  items: (Ref | null)[];
  to: (id: string) => string;
  archived?: (Ref | null)[];
  unnamed?: boolean;
}) {
  const ui = useUi();
  const linked = present(items);
  const named = present(archived);
  const parts = [
    ...linked.map((ref) => <a href={ui.href(to(ref.id))}>{refName(ref)}</a>),
    ...named.map((ref) => (
      <>
        {refName(ref)} <span class="badge">{ui.t.work.archived}</span>
      </>
    )),
    ...(unnamed ? [ui.t.work.archivedOrganisation] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && ', '}
          {part}
        </>
      ))}
    </>
  );
}

export function EnumList({ name, values }: { name: EnumName; values: string[] }) {
  const ui = useUi();
  return <>{values.map((value) => ui.label(name, value)).join(', ')}</>;
}

export function ExternalLink({ href, children }: { href: string; children?: unknown }) {
  return (
    <a href={href} rel="external noopener">
      {children ?? href}
    </a>
  );
}
