/** The entry pages (tool, product, facility, standard, organisation) and their index pages. */
import { SECTORS, SLUG } from '@edu-catalogus/seeds';
import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppEnv } from '../env.ts';
import type { Ui } from '../i18n/i18n.ts';
import { documents, type RegisteredDocument, type ReportedType } from '../gateway/documents.ts';
import type {
  Advice,
  FacilityPage as FacilityData,
  Localized,
  OrganisationPage as OrganisationData,
  ProductPage as ProductData,
  StandardPage as StandardData,
  ToolPage as ToolData,
} from '../gateway/types.ts';
import { facilityJsonLd, organisationJsonLd, productJsonLd, standardJsonLd, toolJsonLd } from '../lib/json-ld.ts';
import { paths, productFeedPath, reportPath } from '../lib/paths.ts';
import { ReportForm, type ReportFormState } from '../views/components/report-form.tsx';
import { EntryListPage } from '../views/pages/entry-list.tsx';
import { FacilityPage } from '../views/pages/facility.tsx';
import { OrganisationPage } from '../views/pages/organisation.tsx';
import { ProductPage } from '../views/pages/product.tsx';
import { ProductListPage, type ProductListItem } from '../views/pages/products.tsx';
import { StandardPage } from '../views/pages/standard.tsx';
import { ToolPage } from '../views/pages/tool.tsx';
import { withEditLink } from '../views/curator/edit-link.tsx';
import { notFoundPage } from './errors.tsx';

/** Reads the entry named by :id with `document`; a malformed or unknown id is a 404. */
async function entry<T>(c: Context<AppEnv>, document: RegisteredDocument<Record<string, T | null>, { id: string }>, field: string): Promise<T | null> {
  const id = c.req.param('id') ?? '';
  if (!SLUG.test(id)) return null;
  const data = await c.var.gateway.read(document, { id });
  return data[field] ?? null;
}

type Meta = Parameters<Context<AppEnv>['render']>[1];

/** What an entry page shows, and where its "Meld een fout" form posts (the API's type for the report). */
export interface EntryKind<T> {
  type: ReportedType;
  document: RegisteredDocument<Record<string, T | null>, { id: string }>;
  field: string;
  path: (id: string) => string;
  view: (entry: T) => JSX.Element;
  meta: (ui: Ui, entry: T) => Meta;
}

const kind = <T extends { id: string; name: string; summary: Localized }>(
  type: ReportedType,
  document: RegisteredDocument<Record<string, T | null>, { id: string }>,
  path: (id: string) => string,
  view: (entry: T) => JSX.Element,
  jsonLd: (ui: Ui, entry: T) => Record<string, unknown>,
): EntryKind<T> => ({
  type,
  document,
  field: type.toLowerCase(),
  path,
  view,
  meta: (ui, entry) => ({ title: entry.name, description: ui.text(entry.summary), jsonLd: jsonLd(ui, entry) }),
});

export const entryKinds = {
  tool: kind<ToolData>('Tool', documents.tool, paths.tool, (tool) => <ToolPage tool={tool} />, toolJsonLd),
  facility: kind<FacilityData>('Facility', documents.facility, paths.facility, (facility) => <FacilityPage facility={facility} />, facilityJsonLd),
  standard: kind<StandardData>('Standard', documents.standard, paths.standard, (standard) => <StandardPage standard={standard} />, standardJsonLd),
  organisation: kind<OrganisationData>(
    'Organisation',
    documents.organisation,
    paths.organisation,
    (organisation) => <OrganisationPage organisation={organisation} />,
    organisationJsonLd,
  ),
  product: {
    ...kind<ProductData>('Product', documents.product, paths.product, (product) => <ProductPage product={product} />, productJsonLd),
    meta: (ui: Ui, product: ProductData) => {
      const title = ui.t.product.title(product.name);
      return {
        title,
        description: ui.text(product.summary),
        jsonLd: productJsonLd(ui, product),
        feeds: [{ title, href: ui.href(productFeedPath(product.id)) }],
      };
    },
  },
} satisfies Record<string, EntryKind<any>>;

/** An entry page with its "Meld een fout" form (kept filled in, with problems, after a refused report). */
export function renderEntry<T extends { id: string; name: string }>(c: Context<AppEnv>, entryKind: EntryKind<T>, found: T, form?: ReportFormState) {
  const { ui } = c.var;
  const action = ui.href(reportPath(entryKind.path(found.id)));
  return c.render(
    <>
      {withEditLink(c, entryKind.type, found.id, found.name, entryKind.view(found))}
      <ReportForm action={action} state={form} />
    </>,
    entryKind.meta(ui, found),
  );
}

/** Reads the entry an entry kind's page is about; null when the id is malformed or unknown. */
export const readEntry = <T,>(c: Context<AppEnv>, entryKind: EntryKind<T>) => entry<T>(c, entryKind.document, entryKind.field);

function entryPage<T extends { id: string; name: string }>(entryKind: EntryKind<T>) {
  return async (c: Context<AppEnv>) => {
    const found = await readEntry(c, entryKind);
    return found ? renderEntry(c, entryKind, found) : notFoundPage(c);
  };
}

export const toolPage = entryPage(entryKinds.tool);
export const facilityPage = entryPage(entryKinds.facility);
export const standardPage = entryPage(entryKinds.standard);
export const organisationPage = entryPage(entryKinds.organisation);

export async function productPage(c: Context<AppEnv>) {
  const { ui, gateway } = c.var;
  const product = await readEntry(c, entryKinds.product);
  if (!product) {
    // A friendly name in the URL (/alternatieven/teams) leads to the product's stable URL.
    const text = c.req.param('id') ?? '';
    const found = text.length <= 100 ? await gateway.read(documents.productLookup, { text }) : null;
    const id = found?.alternatives.product?.id;
    return id ? c.redirect(ui.href(paths.product(id)), 301) : notFoundPage(c);
  }
  // The sector switch is remembered in the URL (?sector=PO); the page then leads with the curators' advice.
  const sector = (SECTORS as readonly string[]).includes(c.req.query('sector') ?? '') ? c.req.query('sector')! : null;
  const advice = sector ? ((await gateway.read(documents.productAdvice, { id: product.id, sector })).product?.advice ?? null) : null;
  const view = (p: ProductData) => <ProductPage product={p} sector={sector} advice={advice} />;
  return renderEntry(c, { ...entryKinds.product, view }, product);
}

export async function productList(c: Context<AppEnv>) {
  const data = await c.var.gateway.read(documents.products);
  return c.render(<ProductListPage products={data.products.edges.map((e) => e.node)} />, { title: c.var.ui.t.product.listTitle });
}

export async function facilityList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read(documents.facilities);
  const items = data.facilities.edges.map(({ node }) => ({
    href: ui.href(paths.facility(node.id)),
    name: node.name,
    meta: [ui.label('FACILITY_KIND', node.kind), ui.label('FACILITY_STATUS', node.status), node.operator?.name].filter(Boolean).join(' · '),
    summary: node.summary,
  }));
  return c.render(<EntryListPage title={ui.t.facility.listTitle} intro={ui.t.facility.listIntro} items={items} />, { title: ui.t.facility.listTitle });
}

export async function standardList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read(documents.standards);
  const items = data.standards.edges.map(({ node }) => ({
    href: ui.href(paths.standard(node.id)),
    name: node.acronym && node.acronym !== node.name ? `${node.name} (${node.acronym})` : node.name,
    meta: [ui.label('STANDARD_DOMAIN', node.domain), node.maintainer?.name].filter(Boolean).join(' · '),
    summary: node.summary,
  }));
  return c.render(<EntryListPage title={ui.t.standard.listTitle} intro={ui.t.standard.listIntro} items={items} />, { title: ui.t.standard.listTitle });
}

export async function organisationList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read(documents.organisations);
  const items = data.organisations.map((node) => ({
    href: ui.href(paths.organisation(node.id)),
    name: node.name,
    meta: ui.label('ORGANISATION_KIND', node.kind),
    summary: node.summary,
  }));
  return c.render(<EntryListPage title={ui.t.organisation.listTitle} intro={ui.t.organisation.listIntro} items={items} />, {
    title: ui.t.organisation.listTitle,
  });
}
