/** Localized text that marks a Dutch fallback with lang="nl", so screen readers pronounce it right. */
import type { Localized } from '../../gateway/types.ts';
import { useUi } from '../ui.ts';

const fallsBack = (lang: string, value: Localized) => lang === 'en' && !value.en;

export function Text({ value }: { value: Localized | null | undefined }) {
  const ui = useUi();
  if (!value) return null;
  return fallsBack(ui.lang, value) ? <span lang="nl">{value.nl}</span> : <>{ui.text(value)}</>;
}

export function Paragraph({ value, class: className }: { value: Localized | null | undefined; class?: string }) {
  const ui = useUi();
  if (!value) return null;
  return (
    <p class={className} lang={fallsBack(ui.lang, value) ? 'nl' : undefined}>
      {ui.text(value)}
    </p>
  );
}
