/** Where an entry's facts come from, how sure they are, what is unsettled and when it last changed. */
import type { Provenance as ProvenanceData } from '../../gateway/types.ts';
import { CertaintyBadge } from './badges.tsx';
import { ExternalLink } from './links.tsx';
import { useUi } from '../ui.ts';

export function Provenance({ entry, updatedAt }: { entry: ProvenanceData; updatedAt?: string | undefined }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <section class="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title">{t.provenance.title}</h2>
      <p>
        {t.provenance.certainty}: <CertaintyBadge certainty={entry.certainty} />
      </p>
      {updatedAt && (
        <p>
          {t.provenance.lastReviewed}: <time datetime={updatedAt}>{ui.date(updatedAt)}</time>
        </p>
      )}
      {entry.uncertainties.length > 0 && (
        <>
          <h3>{t.provenance.uncertainties}</h3>
          <ul class="uncertainties">
            {entry.uncertainties.map((u) => (
              <li>
                <code>{u.field}</code>: <span lang="en">{u.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.provenance.sources}</h3>
      <ul class="sources">
        {entry.sources.map((source) => (
          <li>
            <ExternalLink href={source.url}>{source.title ?? source.url}</ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
