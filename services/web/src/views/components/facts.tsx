/** A definition list of facts; facts without a value are left out rather than shown empty. */
import type { Child } from 'hono/jsx';

export type Fact = [term: string, value: Child];

const empty = (value: Child) => value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0);

export function Facts({ items }: { items: Fact[] }) {
  const present = items.filter(([, value]) => !empty(value));
  if (present.length === 0) return null;
  return (
    <dl class="facts">
      {present.map(([term, value]) => (
        <div>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
