/** A small catalogue in the shapes the export documents select, with the awkward values CSV must survive. */
import type { EntitySource, EntityType, EntityTypes, ExportTool } from '../src/model.ts';

const long = (lang: string) =>
  `${lang === 'nl' ? 'Een leeromgeving' : 'A learning environment'} ` +
  'waarin docenten cursussen, opdrachten, toetsen en cijfers beheren, met plugins voor LTI en koppelingen met het leerlingadministratiesysteem. '.repeat(2);

export const moodle: ExportTool = {
  id: 'moodle',
  name: 'Moodle',
  summary: { nl: 'Elektronische leeromgeving, "ELO", met cursussen', en: 'Learning management system' },
  description: { nl: long('nl'), en: long('en') },
  homepage: 'https://moodle.org',
  repository: 'https://github.com/moodle/moodle',
  license: { expression: 'GPL-3.0-or-later', osiApproved: true },
  categories: [
    { id: 'elo', publiccode: 'learning-management-system' },
    { id: 'toetsen', publiccode: null },
  ],
  platforms: ['WEB', 'ANDROID', 'IOS'],
  sectors: ['VO', 'MBO', 'HO'],
  hosting: ['SELF_HOSTED', 'SAAS_EU'],
  languages: ['nl', 'en'],
  developmentStatus: 'STABLE',
  maintenance: 'COMPANY',
  features: { nl: ['Cursussen', 'Toetsen, met vragenbank'], en: ['Courses', 'Quizzes'] },
  replaces: [{ fit: 'FULL', notes: null, product: { id: 'google-classroom' } }],
  standards: [{ id: 'lti-1-3' }],
  facilities: [],
  curatedBy: { id: 'kennisnet' },
  sources: [{ url: 'https://moodle.org/', title: 'Moodle' }],
  certainty: 'CONFIRMED',
  verifiedAt: '2026-10-30',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

export const tricky: ExportTool = {
  ...moodle,
  id: 'tricky',
  name: '=HYPERLINK("x")',
  summary: { nl: 'Regel één,\nregel "twee"; met puntkomma', en: null },
  description: null,
  repository: null,
  maintenance: 'COMMUNITY',
  features: null,
  verifiedAt: null,
  updatedAt: '2026-11-02T10:00:00.000Z',
};

export const sample: { [K in EntityType]: EntityTypes[K][] } = {
  tools: [moodle, tricky],
  products: [
    {
      id: 'google-classroom',
      name: 'Google Classroom',
      vendor: 'Google',
      vendorCountry: 'US',
      aliases: ['Classroom', 'GC'],
      category: { id: 'elo' },
      homepage: 'https://classroom.google.com',
      summary: { nl: 'ELO van Google' },
      discontinued: false,
      sources: [{ url: 'https://edu.google.com' }],
      certainty: 'CONFIRMED',
    },
  ],
  facilities: [
    {
      id: 'entree-federatie',
      name: 'Entree Federatie',
      acronym: null,
      kind: 'IDENTITY',
      status: 'LIVE',
      operator: { id: 'kennisnet' },
      partners: [],
      sectors: ['PO', 'VO'],
      homepage: 'https://www.kennisnet.nl/entree-federatie/',
      summary: { nl: 'Eén inlog', en: 'Single sign-on' },
      description: null,
      howToConnect: null,
      dependsOn: [],
      standards: [{ id: 'saml-2-0' }],
      sources: [{ url: 'https://www.kennisnet.nl/' }],
      certainty: 'CONFIRMED',
      updatedAt: '2026-10-01T00:00:00.000Z',
    },
  ],
  standards: [
    {
      id: 'lti-1-3',
      name: 'Learning Tools Interoperability',
      acronym: 'LTI',
      maintainer: { id: 'ims-global', name: '1EdTech' },
      domain: 'INTEGRATION',
      summary: { nl: 'Koppelt tools aan een ELO', en: 'Links tools to an LMS' },
      description: null,
      specificationUrl: 'https://www.imsglobal.org/spec/lti/v1p3',
      sectors: ['VO'],
      international: true,
      versions: [{ version: '1.3', status: 'VASTGESTELD', date: '2019-04-16' }],
      dutchStatus: null,
      sources: [{ url: 'https://www.imsglobal.org/' }],
      certainty: 'CONFIRMED',
      verifiedAt: '2026-08-31',
      updatedAt: '2026-09-01T00:00:00.000Z',
    },
  ],
  organisations: [
    {
      id: 'kennisnet',
      name: 'Kennisnet',
      shortName: null,
      kind: 'PUBLIC_BODY',
      homepage: 'https://www.kennisnet.nl',
      country: 'NL',
      summary: { nl: 'Publieke ICT-organisatie' },
      sources: [{ url: 'https://www.kennisnet.nl' }],
      certainty: 'CONFIRMED',
    },
  ],
  categories: [
    {
      id: 'elo',
      name: { nl: 'Leeromgeving', en: 'Learning environment' },
      publiccode: 'learning-management-system',
      sources: [{ url: 'https://yml.publiccode.tools/categories-list.html' }],
      certainty: 'CONFIRMED',
    },
  ],
  offerings: [
    {
      id: 'surf-moodle',
      tool: { id: 'moodle' },
      provider: { id: 'kennisnet' },
      sectors: ['PO', 'VO'],
      dataLocation: { country: 'NL', withinEu: true },
      processorAgreement: 'YES',
      signIn: ['ENTREE', 'SURFCONEXT'],
      price: { kind: 'PER_PUPIL', amount: 4.5, currency: 'EUR', asOf: '2026-08' },
      url: 'https://example.org/moodle',
      sources: [{ url: 'https://example.org/moodle', title: 'Aanbod' }],
      certainty: 'PROBABLE',
      verifiedAt: '2026-11-01',
      updatedAt: '2026-11-03T10:00:00.000Z',
    },
    {
      id: 'kennisnet-tricky',
      tool: { id: 'tricky' },
      provider: { id: 'kennisnet' },
      sectors: [],
      dataLocation: { country: null, withinEu: null },
      processorAgreement: 'UNKNOWN',
      signIn: [],
      price: { kind: 'ON_REQUEST', amount: null, currency: null, asOf: null },
      url: 'https://example.org/tricky',
      sources: [],
      certainty: 'UNCERTAIN',
      verifiedAt: null,
      updatedAt: '2026-11-04T10:00:00.000Z',
    },
  ],
  advice: [
    {
      id: 'google-classroom--vo',
      product: { id: 'google-classroom' },
      sector: 'VO',
      recommended: [{ id: 'moodle' }],
      alsoConsider: [{ id: 'tricky' }],
      summary: { nl: 'Moodle via een aanbieder, "met" LTI', en: null },
      reasons: ['Open source', 'Aanbieders in NL; met AVG-afspraken'],
      caveats: ['Migratie kost tijd'],
      sources: [{ url: 'https://moodle.org/' }],
      certainty: 'PROBABLE',
      verifiedAt: '2026-11-02',
      updatedAt: '2026-11-05T10:00:00.000Z',
    },
  ],
};

/** Serves `sample` in pages of one entity, and records how many pages were pulled. */
export function sampleSource(): { source: EntitySource; pulled: string[] } {
  const pulled: string[] = [];
  const source = (<T extends EntityType>(type: T) =>
    (async function* () {
      for (const entity of sample[type]) {
        pulled.push(`${type}:${(entity as { id: string }).id}`);
        yield [entity] as EntityTypes[T][];
      }
    })()) as EntitySource;
  return { source, pulled };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
