/** The entry pages (tool, product, facility, standard, organisation) and their index pages. */
import { SECTORS, SLUG } from '@edu-catalogus/seeds';
import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppEnv } from '../env.ts';
import type { Ui } from '../i18n/i18n.ts';
import { documents, type RegisteredDocument } from '../gateway/documents.ts';
import type {
  Advice,
  Connection,
  FacilityPage as FacilityData,
  Localized,
  OrganisationPage as OrganisationData,
  ProductPage as ProductData,
  Ref,
  StandardPage as StandardData,
  ToolPage as ToolData,
} from '../gateway/types.ts';
import { facilityJsonLd, organisationJsonLd, productJsonLd, standardJsonLd, toolJsonLd } from '../lib/json-ld.ts';
import { paths, productFeedPath } from '../lib/paths.ts';
import { EntryListPage } from '../views/pages/entry-list.tsx';
import { FacilityPage } from '../views/pages/facility.tsx';
import { OrganisationPage } from '../views/pages/organisation.tsx';
import { ProductPage } from '../views/pages/product.tsx';
import { ProductListPage, type ProductListItem } from '../views/pages/products.tsx';
import { StandardPage } from '../views/pages/standard.tsx';
import { ToolPage } from '../views/pages/tool.tsx';
import { notFoundPage } from './errors.tsx';

/** Reads the entry named by :id with `document`; a malformed or unknown id is a 404. */
async function entry<T>(c: Context<AppEnv>, document: RegisteredDocument, field: string): Promise<T | null> {
  const id = c.req.param('id') ?? '';
  if (!SLUG.test(id)) return null;
  const data = await c.var.gateway.read<Record<string, T | null>>(document, { id });
  return data[field] ?? null;
}

/** An entry page: read the entry, 404 when it is not there, render it with its title, summary and JSON-LD. */
function entryPage<T extends { name: string; summary: Localized }>(
  document: RegisteredDocument,
  field: string,
  view: (entry: T) => JSX.Element,
  jsonLd: (ui: Ui, entry: T) => Record<string, unknown>,
) {
  return async (c: Context<AppEnv>) => {
    const found = await entry<T>(c, document, field);
    if (!found) return notFoundPage(c);
    const { ui } = c.var;
    return c.render(view(found), { title: found.name, description: ui.text(found.summary), jsonLd: jsonLd(ui, found) });
  };
}

export const toolPage = entryPage<ToolData>(documents.tool, 'tool', (tool) => <ToolPage tool={tool} />, toolJsonLd);
export const facilityPage = entryPage<FacilityData>(documents.facility, 'facility', (facility) => <FacilityPage facility={facility} />, facilityJsonLd);
export const standardPage = entryPage<StandardData>(documents.standard, 'standard', (standard) => <StandardPage standard={standard} />, standardJsonLd);
export const organisationPage = entryPage<OrganisationData>(
  documents.organisation,
  'organisation',
  (organisation) => <OrganisationPage organisation={organisation} />,
  organisationJsonLd,
);

export async function productPage(c: Context<AppEnv>) {
  const { ui, gateway } = c.var;
  const product = await entry<ProductData>(c, documents.product, 'product');
  if (!product) {
    // A friendly name in the URL (/alternatieven/teams) leads to the product's stable URL.
    const text = c.req.param('id') ?? '';
    const found = text.length <= 100 ? await gateway.read<{ alternatives: { product: { id: string } | null } }>(documents.productLookup, { text }) : null;
    const id = found?.alternatives.product?.id;
    return id ? c.redirect(ui.href(paths.product(id)), 301) : notFoundPage(c);
  }
  const title = ui.t.product.title(product.name);
  // The sector switch is remembered in the URL (?sector=PO); the page then leads with the curators' advice.
  const sector = (SECTORS as readonly string[]).includes(c.req.query('sector') ?? '') ? c.req.query('sector')! : null;
  const advice = sector
    ? ((await gateway.read<{ product: { advice: Advice | null } | null }>(documents.productAdvice, { id: product.id, sector })).product?.advice ?? null)
    : null;
  return c.render(<ProductPage product={product} sector={sector} advice={advice} />, {
    title,
    description: ui.text(product.summary),
    jsonLd: productJsonLd(ui, product),
    feeds: [{ title, href: ui.href(productFeedPath(product.id)) }],
  });
}

export async function productList(c: Context<AppEnv>) {
  const data = await c.var.gateway.read<{ products: Connection<ProductListItem> }>(documents.products);
  return c.render(<ProductListPage products={data.products.edges.map((e) => e.node)} />, { title: c.var.ui.t.product.listTitle });
}

type Listed = Ref & { summary: Localized };

export async function facilityList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read<{ facilities: Connection<Listed & { kind: string; status: string; operator: Ref }> }>(documents.facilities);
  const items = data.facilities.edges.map(({ node }) => ({
    href: ui.href(paths.facility(node.id)),
    name: node.name,
    meta: `${ui.label('FACILITY_KIND', node.kind)} · ${ui.label('FACILITY_STATUS', node.status)} · ${node.operator.name}`,
    summary: node.summary,
  }));
  return c.render(<EntryListPage title={ui.t.facility.listTitle} intro={ui.t.facility.listIntro} items={items} />, { title: ui.t.facility.listTitle });
}

export async function standardList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read<{ standards: Connection<Listed & { domain: string; maintainer: Ref }> }>(documents.standards);
  const items = data.standards.edges.map(({ node }) => ({
    href: ui.href(paths.standard(node.id)),
    name: node.acronym && node.acronym !== node.name ? `${node.name} (${node.acronym})` : node.name,
    meta: `${ui.label('STANDARD_DOMAIN', node.domain)} · ${node.maintainer.name}`,
    summary: node.summary,
  }));
  return c.render(<EntryListPage title={ui.t.standard.listTitle} intro={ui.t.standard.listIntro} items={items} />, { title: ui.t.standard.listTitle });
}

export async function organisationList(c: Context<AppEnv>) {
  const { ui } = c.var;
  const data = await c.var.gateway.read<{ organisations: (Listed & { kind: string; shortName: string | null })[] }>(documents.organisations);
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
