import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { standardsRegistryGraph } from '../src/adms.ts';
import { catalogueGraph, type CatalogueDescription } from '../src/dcat.ts';
import { toJsonLd, toTurtle } from '../src/rdf.ts';
import { sample } from './sample.ts';

const shapes = new Store(new Parser().parse(readFileSync(path.join(import.meta.dirname, 'fixtures/dcat-ap-3.0.1-shapes.ttl'), 'utf8')));
const description: CatalogueDescription = {
  baseUrl: 'https://catalogus.example.nl',
  apiUrl: 'https://api.catalogus.example.nl/graphql',
  publisher: { uri: 'https://catalogus.example.nl/organisaties/kennisnet', name: 'Kennisnet' },
  contact: { name: 'Edu-catalogus', email: 'catalogus@example.nl' },
  modified: '2026-11-30T12:00:00.000Z',
};

async function validate(turtle: string) {
  const data = new Store(new Parser().parse(turtle));
  const report = await new SHACLValidator(shapes).validate(data);
  return { conforms: report.conforms, messages: report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join()}`) };
}

/** No remote contexts: any attempt to load a document fails the test. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`tried to load ${url}`);
};

describe('DCAT-AP-NL catalogue', () => {
  it('conforms to the official DCAT-AP 3.0.1 SHACL shapes', async () => {
    const result = await validate(await toTurtle(catalogueGraph(description)));
    expect(result.messages).toEqual([]);
    expect(result.conforms).toBe(true);
  });

  it('fails the shapes when a mandatory property is missing (the check can fail)', async () => {
    const quads = catalogueGraph(description).filter((q) => !(q.predicate.value === 'http://www.w3.org/ns/dcat#accessURL'));
    expect((await validate(await toTurtle(quads))).conforms).toBe(false);
  });

  it('has the DCAT-AP-NL mandatory properties on every dataset and the API', async () => {
    const store = new Store(catalogueGraph(description));
    const datasets = store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/ns/dcat#Dataset', null);
    expect(datasets.map((d) => d.value.split('/').pop()).sort()).toEqual([
      'advice',
      'categories',
      'facilities',
      'offerings',
      'organisations',
      'products',
      'standards',
      'tools',
    ]);
    for (const subject of [...datasets, ...store.getSubjects(null, 'http://www.w3.org/ns/dcat#DataService', null)]) {
      for (const p of ['accessRights', 'identifier', 'publisher', 'description']
        .map((l) => `http://purl.org/dc/terms/${l}`)
        .concat(['http://www.w3.org/ns/dcat#contactPoint', 'http://www.w3.org/ns/dcat#theme'])) {
        expect(store.getObjects(subject, p, null).length, `${subject.value} ${p}`).toBeGreaterThan(0);
      }
    }
  });

  it('JSON-LD expands offline to the same triples as the Turtle', async () => {
    const quads = catalogueGraph(description);
    const document = toJsonLd(quads);
    const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader: offlineLoader });
    const fromJsonLd = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
    const fromTurtle = new Store(new Parser().parse(await toTurtle(quads)));
    expect(fromJsonLd.size).toBe(fromTurtle.size);
    for (const q of fromTurtle.getQuads(null, null, null, null))
      if (q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode') expect(fromJsonLd.has(q)).toBe(true);
  });
});

describe('ADMS-AP standards registry', () => {
  it('describes every standard as an asset and conforms to the DCAT-AP shapes', async () => {
    const quads = standardsRegistryGraph(sample.standards, { baseUrl: description.baseUrl, modified: description.modified, publisher: description.publisher });
    const turtle = await toTurtle(quads);
    expect(turtle).toContain('<https://catalogus.example.nl/standaarden/lti-1-3>');
    expect(turtle).toContain('<http://purl.org/adms/status/Completed>');
    const result = await validate(turtle);
    expect(result.messages).toEqual([]);
  });
});
