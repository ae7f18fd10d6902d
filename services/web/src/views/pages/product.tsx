/** "Alternatieven voor Microsoft Teams": every tool that replaces a product, how well, ready to compare. */
import type { ProductPage as ProductData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { Facts } from '../components/facts.tsx';
import { ExternalLink } from '../components/links.tsx';
import { EntryHeader, Section } from '../components/entry.tsx';
import { Provenance } from '../components/provenance.tsx';
import { CompareButton, CompareForm, ToolCard } from '../components/tool-card.tsx';
import { useUi } from '../ui.ts';

export function ProductPage({ product }: { product: ProductData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <article>
      <EntryHeader name={t.product.title(product.name)} summary={product.summary}>
        {product.discontinued && <p class="warning">{t.product.discontinued}</p>}
        <Facts
          items={[
            [t.product.vendor, product.vendor],
            [t.product.category, ui.text(product.category.name)],
            [t.product.aliases, product.aliases.join(', ')],
            [t.tool.homepage, <ExternalLink href={product.homepage} />],
          ]}
        />
      </EntryHeader>
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
              {product.alternatives.map((alternative) => (
                <li>
                  <ToolCard tool={alternative.tool} fit={alternative} />
                </li>
              ))}
            </ul>
            <CompareButton />
          </>
        )}
        <CompareForm />
      </Section>
      <Provenance entry={product} />
    </article>
  );
}
