/**
 * The catalogue described in DCAT-AP-NL 3.0: a dcat:Catalog with one dataset per entity type (its CSV
 * and the JSON dump as distributions) and the GraphQL API as a dcat:DataService, with publisher,
 * contact point, licence, access rights and the EU theme EDUC on each.
 */
import { CSV_TYPES } from './csv.ts';
import { DATA_LICENSE } from './model.ts';
import { createGraph, EU, iri, text, typed, NS, type Term } from './rdf.ts';

export interface CatalogueDescription {
  /** The web site's origin: every URI below is under it. */
  baseUrl: string;
  /** The public GraphQL endpoint. */
  apiUrl: string;
  publisher: { uri: string; name: string };
  contact: { name: string; email?: string | undefined };
  /** ISO date-time of the newest change. */
  modified: string;
}

const TITLES: Record<string, [nl: string, en: string]> = {
  tools: ['Open-source tools voor het onderwijs', 'Open-source tools for education'],
  products: ['Propriëtaire producten en hun alternatieven', 'Proprietary products and their alternatives'],
  facilities: ['Landelijke voorzieningen', 'National facilities'],
  standards: ['Standaarden', 'Standards'],
  organisations: ['Organisaties', 'Organisations'],
  categories: ['Soorten software', 'Kinds of software'],
  offerings: ['Direct te gebruiken: aanbod van tools door aanbieders', 'Ready to use: tools offered by providers'],
  advice: ['Advies per product en sector', 'Advice per product and sector'],
};

export function catalogueGraph(d: CatalogueDescription) {
  const g = createGraph();
  const catalog = iri(`${d.baseUrl}/catalogus`);
  const publisher = iri(d.publisher.uri);
  const contact: Term = { blank: 'contact' };
  const license = iri(DATA_LICENSE.url);
  const theme = iri(`${EU}data-theme/EDUC`);
  const publicAccess = iri(`${EU}access-right/PUBLIC`);
  const modified = typed(d.modified, NS.xsd + 'dateTime');

  g.a(publisher, 'foaf:Agent');
  g.add(publisher, 'foaf:name', text(d.publisher.name));
  g.a(contact, 'vcard:Kind');
  g.add(contact, 'vcard:fn', text(d.contact.name));
  if (d.contact.email) g.add(contact, 'vcard:hasEmail', iri(`mailto:${d.contact.email}`));
  g.add(contact, 'vcard:hasURL', iri(d.baseUrl));
  g.a(license, 'dct:LicenseDocument');
  g.a(theme, 'skos:Concept');
  g.add(theme, 'skos:prefLabel', text('Onderwijs, cultuur en sport', 'nl'), text('Education, culture and sport', 'en'));
  g.a(publicAccess, 'dct:RightsStatement');

  g.a(catalog, 'dcat:Catalog');
  g.add(catalog, 'dct:title', text('Edu-catalogus', 'nl'), text('Edu-catalogus', 'en'));
  g.add(
    catalog,
    'dct:description',
    text('Open-source tools, landelijke voorzieningen en standaarden voor het Nederlandse onderwijs.', 'nl'),
    text('Open-source tools, national facilities and standards for Dutch education.', 'en'),
  );
  g.add(catalog, 'dct:publisher', publisher);
  g.add(catalog, 'dcat:contactPoint', contact);
  g.add(catalog, 'foaf:homepage', iri(d.baseUrl + '/'));
  g.add(catalog, 'dct:language', iri(`${EU}language/NLD`), iri(`${EU}language/ENG`));
  g.add(catalog, 'dct:license', license);
  g.add(catalog, 'dct:modified', modified);
  g.a(iri(`${EU}language/NLD`), 'dct:LinguisticSystem');
  g.a(iri(`${EU}language/ENG`), 'dct:LinguisticSystem');

  const dump = iri(`${d.baseUrl}/export/catalogue.json`);
  for (const type of CSV_TYPES) {
    const dataset = iri(`${d.baseUrl}/datasets/${type}`);
    const [nl, en] = TITLES[type] ?? [type, type];
    g.add(catalog, 'dcat:dataset', dataset);
    g.a(dataset, 'dcat:Dataset');
    g.add(dataset, 'dct:title', text(nl, 'nl'), text(en, 'en'));
    g.add(
      dataset,
      'dct:description',
      text(`${nl} uit de Edu-catalogus, als CSV en in de JSON-dump van de hele catalogus.`, 'nl'),
      text(`${en} of the Edu-catalogus, as CSV and in the JSON dump of the whole catalogue.`, 'en'),
    );
    g.add(dataset, 'dct:identifier', text(dataset.iri));
    g.add(dataset, 'dct:accessRights', publicAccess);
    g.add(dataset, 'dcat:theme', theme);
    g.add(dataset, 'dct:publisher', publisher);
    g.add(dataset, 'dct:creator', publisher);
    g.add(dataset, 'dcat:contactPoint', contact);
    g.add(dataset, 'dct:modified', modified);
    g.add(dataset, 'dcat:keyword', text('onderwijs', 'nl'), text('education', 'en'));
    for (const [url, format, mediaType] of [
      [`${d.baseUrl}/export/${type}.csv`, 'CSV', 'text/csv'],
      [dump.iri, 'JSON', 'application/json'],
    ] as const) {
      const distribution: Term = { blank: `${type}-${format.toLowerCase()}` };
      const formatIri = iri(`${EU}file-type/${format}`);
      g.add(dataset, 'dcat:distribution', distribution);
      g.a(distribution, 'dcat:Distribution');
      g.add(distribution, 'dcat:accessURL', iri(url));
      g.add(distribution, 'dcat:downloadURL', iri(url));
      g.add(distribution, 'dct:format', formatIri);
      g.a(formatIri, 'dct:MediaTypeOrExtent');
      g.add(distribution, 'dcat:mediaType', iri(`https://www.iana.org/assignments/media-types/${mediaType}`));
      g.add(distribution, 'dct:license', license);
    }
  }

  const api = iri(`${d.baseUrl}/api`);
  g.add(catalog, 'dcat:service', api);
  g.a(api, 'dcat:DataService');
  g.add(api, 'dct:title', text('Edu-catalogus GraphQL API', 'nl'), text('Edu-catalogus GraphQL API', 'en'));
  g.add(
    api,
    'dct:description',
    text('Eén GraphQL API over tools, voorzieningen en standaarden; lezen is anoniem.', 'nl'),
    text('One GraphQL API over tools, facilities and standards; reading is anonymous.', 'en'),
  );
  g.add(api, 'dcat:endpointURL', iri(d.apiUrl));
  g.add(api, 'dcat:endpointDescription', iri(`${d.baseUrl}/open-data`));
  g.add(api, 'dct:identifier', text(api.iri));
  g.add(api, 'dct:accessRights', publicAccess);
  g.add(api, 'dct:license', license);
  g.add(api, 'dct:publisher', publisher);
  g.add(api, 'dcat:contactPoint', contact);
  g.add(api, 'dcat:theme', theme);
  g.add(api, 'dcat:servesDataset', ...CSV_TYPES.map((type) => iri(`${d.baseUrl}/datasets/${type}`)));
  return g.quads;
}
