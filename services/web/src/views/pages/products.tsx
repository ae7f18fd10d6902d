/** The products the catalogue knows alternatives for, grouped by kind of software. */
import type { Category } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';

export interface ProductListItem {
  id: string;
  name: string;
  vendor: string;
  category: Category;
  alternatives: { fit: string }[];
}

export function ProductListPage({ products }: { products: ProductListItem[] }) {
  const ui = useUi();
  const { t } = ui;
  const groups = new Map<string, ProductListItem[]>();
  for (const product of products) {
    const name = ui.text(product.category.name);
    groups.set(name, [...(groups.get(name) ?? []), product]);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, ui.lang));
  return (
    <>
      <h1>{t.product.listTitle}</h1>
      <p>{t.product.listIntro}</p>
      {names.map((name) => (
        <section>
          <h2>{name}</h2>
          <ul class="links">
            {(groups.get(name) ?? [])
              .sort((a, b) => a.name.localeCompare(b.name, ui.lang))
              .map((product) => (
                <li>
                  <a href={ui.href(paths.product(product.id))}>{t.product.title(product.name)}</a>{' '}
                  {product.alternatives.length > 0 ? (
                    <span class="muted">({t.product.alternativesCount(product.alternatives.length)})</span>
                  ) : (
                    <span class="muted">
                      ({t.product.noneYet}: <a href={ui.href(`${paths.about}#tip`)}>{t.product.tipTool}</a>)
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
