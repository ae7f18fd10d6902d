/** schema.org descriptions of the entry pages, so search engines and portals can read the facts. */
import type { FacilityPage, OrganisationPage, ProductPage, StandardPage, ToolPage } from '../gateway/types.ts';
import type { Ui } from '../i18n/i18n.ts';
import { licenseIds, spdxUrl } from './license-words.ts';
import { paths } from './paths.ts';
import { present } from './present.ts';

/** JSON for inside <script>: `<` escaped so no value can close the element. */
export const jsonLdScript = (value: Record<string, unknown>) => JSON.stringify(value).replace(/</g, '\\u003c');

const base = (ui: Ui, type: string, path: string, name: string) => ({
  '@context': 'https://schema.org',
  '@type': type,
  '@id': ui.absolute(path),
  url: ui.absolute(path),
  name,
});

const ref = (ui: Ui, type: string, path: string, name: string) => ({ '@type': type, '@id': ui.absolute(path), name });

export function toolJsonLd(ui: Ui, tool: ToolPage) {
  const licenses = licenseIds(tool.license.expression)
    .map(spdxUrl)
    .filter((url) => url !== null);
  const standards = present<{ id: string }>(tool.standards);
  return {
    ...base(ui, 'SoftwareApplication', paths.tool(tool.id), tool.name),
    description: ui.text(tool.summary),
    inLanguage: ui.lang,
    applicationCategory: tool.categories.map((c) => ui.text(c.name)),
    operatingSystem: tool.platforms.map((p) => ui.label('PLATFORM', p)).join(', '),
    license: licenses.length === 1 ? licenses[0] : licenses,
    sameAs: [tool.homepage, tool.repository].filter(Boolean),
    ...(tool.repository ? { codeRepository: tool.repository } : {}),
    availableLanguage: tool.languages,
    dateModified: tool.updatedAt,
    audience: { '@type': 'EducationalAudience', educationalRole: tool.sectors.map((s) => ui.label('SECTOR', s)) },
    isBasedOn: tool.sources.map((s) => s.url),
    ...(standards.length ? { 'http://purl.org/dc/terms/conformsTo': standards.map((s) => ({ '@id': ui.absolute(paths.standard(s.id)) })) } : {}),
    ...(tool.curatedBy ? { maintainer: ref(ui, 'Organization', paths.organisation(tool.curatedBy.id), tool.curatedBy.name) } : {}),
  };
}

export function productJsonLd(ui: Ui, product: ProductPage) {
  return {
    ...base(ui, 'ItemList', paths.product(product.id), ui.t.product.title(product.name)),
    about: {
      '@type': 'SoftwareApplication',
      name: product.name,
      ...(product.aliases.length ? { alternateName: product.aliases } : {}),
      url: product.homepage,
      publisher: { '@type': 'Organization', name: product.vendor },
    },
    numberOfItems: product.alternatives.length,
    itemListElement: product.alternatives.map((a, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: ref(ui, 'SoftwareApplication', paths.tool(a.tool.id), a.tool.name),
    })),
  };
}

export function facilityJsonLd(ui: Ui, facility: FacilityPage) {
  return {
    ...base(ui, 'Service', paths.facility(facility.id), facility.name),
    ...(facility.acronym ? { alternateName: facility.acronym } : {}),
    description: ui.text(facility.summary),
    serviceType: ui.label('FACILITY_KIND', facility.kind),
    ...(facility.operator ? { provider: ref(ui, 'Organization', paths.organisation(facility.operator.id), facility.operator.name) } : {}),
    areaServed: { '@type': 'Country', name: 'NL' },
    ...(facility.homepage ? { sameAs: [facility.homepage] } : {}),
    dateModified: facility.updatedAt,
  };
}

export function standardJsonLd(ui: Ui, standard: StandardPage) {
  return {
    ...base(ui, 'CreativeWork', paths.standard(standard.id), standard.name),
    // schema.org has no Standard type: Dublin Core's says what kind of work this is.
    additionalType: 'http://purl.org/dc/terms/Standard',
    ...(standard.acronym ? { alternateName: standard.acronym } : {}),
    description: ui.text(standard.summary),
    inLanguage: ui.lang,
    ...(standard.maintainer ? { publisher: ref(ui, 'Organization', paths.organisation(standard.maintainer.id), standard.maintainer.name) } : {}),
    ...(standard.specificationUrl ? { sameAs: [standard.specificationUrl] } : {}),
    ...(standard.versions[0] ? { version: standard.versions[0].version } : {}),
    dateModified: standard.updatedAt,
  };
}

export function organisationJsonLd(ui: Ui, organisation: OrganisationPage) {
  return {
    ...base(ui, 'Organization', paths.organisation(organisation.id), organisation.name),
    ...(organisation.shortName ? { alternateName: organisation.shortName } : {}),
    description: ui.text(organisation.summary),
    sameAs: [organisation.homepage],
    ...(organisation.country ? { address: { '@type': 'PostalAddress', addressCountry: organisation.country } } : {}),
  };
}
