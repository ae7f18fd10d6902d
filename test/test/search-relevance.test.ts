/**
 * The relevance suite, through the gateway: what teachers type (Dutch and English, misspelt) and
 * the tools that must come back in the top 5, read from the seed files (categories, what replaces
 * what) or named where the seeds make it plain (GIMP and Krita edit photos).
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { schoolQueries } from '@edu-catalogus/tools/school-queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
const inCategory = (category: string) => catalogue.tools.filter((t) => t.categories.includes(category)).map((t) => t.id);
const replacing = (product: string) => new Set(catalogue.tools.filter((t) => t.replaces.some((r) => r.product === product)).map((t) => t.id));

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

async function top5(search: string): Promise<string[]> {
  const { body } = await stack.query(`query($search: String) { tools(search: $search, first: 5) { edges { node { id } } } }`, { search });
  expect(body.errors).toBeUndefined();
  return body.data.tools.edges.map((e: { node: { id: string } }) => e.node.id);
}

const MUST_APPEAR: [string, () => string[]][] = [
  ['fotobewerking', () => ['gimp', 'krita']],
  ['photo editing', () => ['gimp', 'krita']],
  ['digibord', () => inCategory('interactive-whiteboard')],
  ['interactive whiteboard', () => inCategory('interactive-whiteboard')],
  ['videobellen', () => inCategory('video-conferencing')],
  ['video conferencing', () => inCategory('video-conferencing')],
  ['enquête', () => inCategory('forms-and-surveys')],
  ['vragenlijst maken', () => ['limesurvey', 'nextcloud-forms']],
  ['woordjes leren', () => ['anki']],
  ['flashcards', () => ['anki']],
  ['ELO', () => inCategory('learning-management-system')],
  ['leeromgeving', () => inCategory('learning-management-system')],
  ['libreofice', () => ['libreoffice']],
  ['moodel', () => ['moodle']],
  ['tekstverwerker', () => ['libreoffice']],
  ['sterrenkunde', () => ['stellarium']],
  ['wiskunde', () => ['geogebra']],
  ['leren programmeren', () => inCategory('programming-education')],
  ['schermopname', () => ['obs-studio']],
  ['e-mail', () => ['thunderbird']],
  ['wiki', () => ['xwiki', 'bookstack']],
  ['video editing', () => ['kdenlive', 'shotcut']],
  ['bladmuziek', () => ['musescore']],
];

const SCHOOL_QUERIES = schoolQueries(catalogue);

async function top3(search: string): Promise<string[]> {
  const { body } = await stack.query(`query($search: String) { tools(search: $search, first: 3) { edges { node { id } } } }`, { search });
  expect(body.errors).toBeUndefined();
  return body.data.tools.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe('search relevance through the gateway', () => {
  it(`finds a sensible tool in the top 3 for at least 90% of ${SCHOOL_QUERIES.length} school queries`, async () => {
    const misses: string[] = [];
    for (const [search, expected] of SCHOOL_QUERIES) {
      expect(expected.length, search).toBeGreaterThan(0);
      const found = await top3(search);
      if (!found.some((id) => expected.includes(id))) misses.push(`"${search}": got ${found.join(', ') || 'nothing'}, expected one of ${expected.join(', ')}`);
    }
    const share = 1 - misses.length / SCHOOL_QUERIES.length;
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  for (const [search, expected] of MUST_APPEAR) {
    it(`"${search}" has ${expected().join(', ')} in the top 5`, async () => {
      const wanted = expected();
      expect(wanted.length).toBeGreaterThan(0);
      const found = await top5(search);
      // A category with more than five tools cannot fit in the top 5: then the top 5 must all come from it.
      if (wanted.length <= 5) expect(found).toEqual(expect.arrayContaining(wanted));
      else {
        expect(found).toHaveLength(5);
        for (const id of found) expect(wanted).toContain(id);
      }
    });
  }

  it('"alternatief voor Teams" fills the top 5 with tools that replace Microsoft Teams', async () => {
    const found = await top5('alternatief voor Teams');
    expect(found).toHaveLength(5);
    for (const id of found) expect(replacing('microsoft-teams')).toContain(id);
  });

  it('resolves misspelt and phrased product names in alternatives(to:), FULL fit first', async () => {
    for (const [to, id] of [
      ['Microsft Teams', 'microsoft-teams'],
      ['google classroom', 'google-classroom'],
      ['MS Word', 'microsoft-word'],
      ['alternatief voor Teams', 'microsoft-teams'],
    ]) {
      const { body } = await stack.query(
        `query($to: String!) { alternatives(to: $to) { product { id } alternatives { fit tool { id } } suggestions { id } } }`,
        { to },
      );
      expect(body.data.alternatives.product?.id, to).toBe(id);
      const fits = body.data.alternatives.alternatives.map((a: { fit: string }) => a.fit);
      expect(fits).toEqual([...fits].sort());
      for (const a of body.data.alternatives.alternatives) expect(replacing(id!)).toContain(a.tool.id);
    }
  });

  it('finds facilities and standards with the same rules: diacritics, prefixes, typos', async () => {
    const { body } = await stack.query(`{
      a: facilities(search: "entree") { edges { node { id } } }
      b: facilities(search: "nummervoorzi") { edges { node { id } } }
      c: standards(search: "edukopeling") { edges { node { id } } }
      d: standards(search: "LTI") { edges { node { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    const ids = (key: string) => body.data[key].edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids('a')).toContain('entree-federatie');
    expect(ids('b')).toContain('nummervoorziening');
    expect(ids('c')).toContain('edukoppeling');
    expect(ids('d')).toContain('lti-1-3');
  });
});
