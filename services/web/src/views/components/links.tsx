/** Lists of links to other entries, and enum values in words. */
import type { Ref } from '../../gateway/types.ts';
import type { EnumName } from '../../i18n/i18n.ts';
import { useUi } from '../ui.ts';

export const refName = (ref: Ref) => (ref.acronym && ref.acronym !== ref.name ? `${ref.name} (${ref.acronym})` : ref.name);

export function RefLinks({ items, to }: { items: Ref[]; to: (id: string) => string }) {
  const ui = useUi();
  if (items.length === 0) return <p class="muted">{ui.t.tool.none}</p>;
  return (
    <ul class="links">
      {items.map((ref) => (
        <li>
          <a href={ui.href(to(ref.id))}>{refName(ref)}</a>
        </li>
      ))}
    </ul>
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
