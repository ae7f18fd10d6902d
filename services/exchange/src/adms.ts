/**
 * The standards registry in ADMS-AP: a dcat:Catalog whose assets (dcat:Dataset) are the standards,
 * each with its specification as a distribution, its maintainer as publisher and its version.
 */
import type { ExportStandard } from './model.ts';
import { createGraph, EU, iri, text, NS, typed } from './rdf.ts';

const STATUS: Record<string, string> = { VASTGESTELD: 'Completed', VERVALLEN: 'Deprecated', CONCEPT: 'UnderDevelopment', IN_ONTWIKKELING: 'UnderDevelopment' };

export function standardsRegistryGraph(
  standards: Iterable<ExportStandard>,
  options: { baseUrl: string; modified: string; publisher: { uri: string; name: string } },
) {
  const g = createGraph();
  const catalog = iri(`${options.baseUrl}/standaarden`);
  const publisher = iri(options.publisher.uri);
  g.a(catalog, 'dcat:Catalog');
  g.add(catalog, 'dct:title', text('Standaarden in het onderwijs', 'nl'), text('Standards in education', 'en'));
  g.add(
    catalog,
    'dct:description',
    text('De standaarden die onderwijsvoorzieningen en tools gebruiken, met hun Nederlandse status.', 'nl'),
    text('The standards education facilities and tools use, with their Dutch status.', 'en'),
  );
  g.add(catalog, 'dct:publisher', publisher);
  g.a(publisher, 'foaf:Agent');
  g.add(publisher, 'foaf:name', text(options.publisher.name));
  g.add(catalog, 'dct:modified', typed(options.modified, NS.xsd + 'dateTime'));
  const theme = iri(`${EU}data-theme/EDUC`);
  g.a(theme, 'skos:Concept');
  g.add(theme, 'skos:prefLabel', text('Onderwijs, cultuur en sport', 'nl'), text('Education, culture and sport', 'en'));
  for (const standard of standards) {
    const asset = iri(`${options.baseUrl}/standaarden/${standard.id}`);
    g.add(catalog, 'dcat:dataset', asset);
    g.a(asset, 'dcat:Dataset', 'dct:Standard');
    g.add(asset, 'dct:title', text(standard.name));
    if (standard.acronym) g.add(asset, 'dct:alternative', text(standard.acronym));
    g.add(asset, 'dct:description', text(standard.summary.nl, 'nl'), standard.summary.en ? text(standard.summary.en, 'en') : null);
    if (standard.maintainer) {
      // An archived maintainer is no longer named publicly: the asset then has no publisher.
      const maintainer = iri(`${options.baseUrl}/organisaties/${standard.maintainer.id}`);
      g.add(asset, 'dct:publisher', maintainer);
      g.a(maintainer, 'foaf:Agent');
      g.add(maintainer, 'foaf:name', text(standard.maintainer.name ?? standard.maintainer.id));
    }
    g.add(asset, 'dct:modified', typed(standard.updatedAt, NS.xsd + 'dateTime'));
    g.add(asset, 'dcat:theme', theme);
    const latest = standard.versions[0];
    if (latest) {
      g.add(asset, 'owl:versionInfo', text(latest.version));
      const status = STATUS[latest.status];
      if (status) g.add(asset, 'adms:status', iri(`http://purl.org/adms/status/${status}`));
    }
    if (standard.specificationUrl) {
      const distribution = { blank: `spec-${standard.id}` };
      g.add(asset, 'dcat:landingPage', iri(standard.specificationUrl));
      g.add(asset, 'dcat:distribution', distribution);
      g.a(distribution, 'dcat:Distribution');
      g.add(distribution, 'dcat:accessURL', iri(standard.specificationUrl));
    }
  }
  return g.quads;
}
