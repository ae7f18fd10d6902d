/** The curators' advice for one sector, which leads a product page, and the sector switch that chooses it (kept in the URL). */
import type { Advice } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';
import { Section } from './entry.tsx';
import { ExternalLink } from './links.tsx';

const SECTORS = ['PO', 'SO', 'VO', 'MBO', 'HO'] as const;

export function SectorSwitch({ productId, sector }: { productId: string; sector: string | null }) {
  const ui = useUi();
  return (
    <nav class="sector-switch" aria-label={ui.t.product.adviceSector}>
      {SECTORS.map((s) => (
        <a href={`${ui.href(paths.product(productId))}?sector=${s}`} aria-current={s === sector ? 'true' : undefined}>
          {ui.label('SECTOR', s)}
        </a>
      ))}
    </nav>
  );
}

export function AdviceSection({ advice, sector }: { advice: Advice | null; sector: string }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <Section id="advice" title={t.product.adviceTitle(ui.label('SECTOR', sector))}>
      {advice ? (
        <>
          <p>{ui.text(advice.summary)}</p>
          <p>
            {t.product.adviceRecommended}:{' '}
            {advice.recommended.map((tool, i) => (
              <>
                {i > 0 && ' + '}
                <a href={ui.href(paths.tool(tool.id))}>{tool.name}</a>
              </>
            ))}
          </p>
          <h3>{t.product.adviceReasons}</h3>
          <ul lang="en">
            {advice.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
          {advice.caveats.length > 0 && (
            <>
              <h3>{t.product.adviceCaveats}</h3>
              <ul lang="en">
                {advice.caveats.map((c) => (
                  <li>{c}</li>
                ))}
              </ul>
            </>
          )}
          <ul class="sources">
            {advice.sources.map((s) => (
              <li>
                <ExternalLink href={s.url}>{s.title ?? s.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t.product.adviceNone}</p>
      )}
    </Section>
  );
}
