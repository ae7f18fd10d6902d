/** Small labels for how well a tool fits and how certain an entry's facts are. */
import { useUi } from '../ui.ts';

export function FitBadge({ fit }: { fit: string }) {
  const ui = useUi();
  return <span class={`badge fit-${fit.toLowerCase()}`}>{ui.label('FIT', fit)}</span>;
}

export function CertaintyBadge({ certainty }: { certainty: string }) {
  const ui = useUi();
  return <span class={`badge certainty-${certainty.toLowerCase()}`}>{ui.label('CERTAINTY', certainty)}</span>;
}
