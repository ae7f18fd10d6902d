/** Standard search: the shared rules (case, diacritics, prefixes, typos) combined with the Dutch-status filters. */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedStandardsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';

const { createServer, open: openStandardsDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
let server: ReturnType<typeof createServer>;

beforeAll(() => {
  const db = openStandardsDatabase(':memory:');
  seedStandardsDb(db, catalogue);
  server = createServer({ db });
});

async function ids(search: string | null, filter?: unknown): Promise<string[]> {
  const { data, errors } = await execute(
    server,
    `query($search: String, $filter: StandardFilter) { standards(search: $search, filter: $filter, first: 100) { edges { node { id } } } }`,
    { search, filter },
  );
  expect(errors).toBeUndefined();
  return data.standards.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe('standard search', () => {
  it('ignores case, matches prefixes and corrects misspellings', async () => {
    expect(await ids('EDUKOPPELING')).toContain('edukoppeling');
    expect(await ids('edukop')).toContain('edukoppeling');
    expect(await ids('edukopeling')).toContain('edukoppeling');
  });

  it('combines a search with the Dutch-status filter', async () => {
    const mandatory = catalogue.standards
      .filter((s) => s.dutchStatus.forumStandaardisatie?.status === 'VERPLICHT')
      .map((s) => s.id)
      .sort();
    expect(mandatory.length).toBeGreaterThan(0);
    const found = await ids(null, { forumStatus: ['VERPLICHT'] });
    expect(found.sort()).toEqual(mandatory);
    const searched = await ids('SAML', { forumStatus: ['VERPLICHT'] });
    for (const id of searched) expect(mandatory).toContain(id);
  });
});
