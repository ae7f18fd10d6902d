/** "Alternatieven voor Microsoft Teams": the advice for a chosen sector, then every tool that replaces the product, how well, ready to compare. */
import type { Advice, ProductPage as ProductData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { rankAlternatives, usedIn } from '../../lib/rank-alternatives.ts';
import { AdviceSection, SectorSwitch } from '../components/advice.tsx';
import { Facts } from '../components/facts.tsx';
import { ExternalLink } from '../components/links.tsx';
import { EntryHeader, Section } from '../components/entry.tsx';
import { Provenance } from '../components/provenance.tsx';
import { CompareButton, CompareForm, ToolCard } from '../components/tool-card.tsx';
import { useUi } from '../ui.ts';

/** When a product ended (or will), as precisely as known, and the page that announced it. */
function Discontinued({ product }: { product: ProductData }) {
  const ui = useUi();
  const { t } = ui;
  const on = product.discontinuedOn;
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD; compared as strings they order like the dates they name.
  const past = on !== null && on <= new Date().toISOString().slice(0, on.length);
  return (
    <div class="warning">
      <p>{on ? t.product.discontinuedOn(ui.partialDate(on), past) : t.product.discontinued}</p>
      {product.discontinuedNote && <p>{ui.text(product.discontinuedNote)}</p>}
      {product.discontinuedSource && (
        <p>
          {t.product.discontinuedSource}:{' '}
          <ExternalLink href={product.discontinuedSource.url}>{product.discontinuedSource.title ?? product.discontinuedSource.url}</ExternalLink>
        </p>
      )}
    </div>
  );
}

/** With a sector (`?sector=PO`), the page leads with the curators' advice for it. */
export function ProductPage({ product, sector = null, advice = null }: { product: ProductData; sector?: string | null; advice?: Advice | null }) {
  const ui = useUi();
  const { t } = ui;
  const ranked = rankAlternatives(product.alternatives, sector);
  return (
    <article>
      <EntryHeader name={t.product.title(product.name)} summary={product.summary}>
        {product.discontinued && <Discontinued product={product} />}
        <Facts
          items={[
            [t.product.vendor, product.vendor],
            [t.product.category, ui.text(product.category.name)],
            [t.product.aliases, product.aliases.join(', ')],
            [t.tool.homepage, <ExternalLink href={product.homepage} />],
          ]}
        />
      </EntryHeader>
      <SectorSwitch productId={product.id} sector={sector} />
      {sector && <AdviceSection advice={advice} sector={sector} />}
      <Section id="alternatives" title={t.product.alternativesCount(product.alternatives.length)}>
        {product.alternatives.length === 0 ? (
          <>
            <p>{t.product.none}</p>
            <p class="notice">
              {t.product.noneTip} <a href={ui.href(`${paths.about}#tip`)}>{t.product.tipTool}</a>
            </p>
          </>
        ) : (
          <>
            <CompareButton />
            <ul class="cards">
              {ranked.map((alternative) => (
                <li>
                  <ToolCard
                    tool={alternative.tool}
                    fit={alternative}
                    uptake={{
                      providers: [...new Set(alternative.tool.offerings.map((o) => o.provider.name))],
                      schools: usedIn(alternative.tool.usage, sector),
                    }}
                  />
                </li>
              ))}
            </ul>
            <CompareButton />
          </>
        )}
        <CompareForm />
        {product.archivedAlternatives.length > 0 && (
          <div class="archived-alternatives">
            <p>{t.work.archivedAlternatives}</p>
            <ul>
              {product.archivedAlternatives.map((tool) => (
                <li>
                  {tool.name} <span class="badge">{t.work.archived}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>
      <Provenance entry={product} />
    </article>
  );
}
