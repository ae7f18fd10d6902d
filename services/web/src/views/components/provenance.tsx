/** Where an entry's facts come from, how sure they are, what is unsettled and when it last changed. */
import type { Provenance as ProvenanceData, Uncertainty } from '../../gateway/types.ts';
import { CertaintyBadge } from './badges.tsx';
import { ExternalLink } from './links.tsx';
import { useUi } from '../ui.ts';

/** A note in the page's language when it has one (Dutch, or English on English pages), else the English note. */
export function UncertaintyNote({ uncertainty }: { uncertainty: Uncertainty }) {
  const ui = useUi();
  const text = uncertainty.text?.[ui.lang];
  return text ? <span>{text}</span> : <span lang="en">{uncertainty.note}</span>;
}

export function Provenance({ entry, updatedAt }: { entry: ProvenanceData; updatedAt?: string | undefined }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <section class="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title">{t.provenance.title}</h2>
      <p>
        {t.provenance.certainty}: <CertaintyBadge certainty={entry.certainty} />
      </p>
      <p>
        {t.provenance.lastChecked}: {entry.verifiedAt ? <time datetime={entry.verifiedAt}>{ui.date(entry.verifiedAt)}</time> : t.provenance.notChecked}
        {updatedAt && (
          <>
            {' · '}
            {t.provenance.lastReviewed}: <time datetime={updatedAt}>{ui.date(updatedAt)}</time>
          </>
        )}
      </p>
      {entry.uncertainties.length > 0 && (
        <>
          <h3>{t.provenance.uncertainties}</h3>
          <ul class="uncertainties">
            {entry.uncertainties.map((u) => (
              <li>
                <code>{u.field}</code>: <UncertaintyNote uncertainty={u} />
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
