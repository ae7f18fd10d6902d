import { normalizeText } from '@edu-catalogus/kit';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { productDraft } from '../src/curation/content.ts';
import { createServer, openToolsDatabase, seedToolsDb } from '../src/server.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
let server: ReturnType<typeof createServer>;

beforeAll(() => {
  const db = openToolsDatabase(':memory:');
  seedToolsDb(db, catalogue);
  server = createServer({ db });
});

describe('provenance and product ends in the tools subgraph', () => {
  it('serves when a product was ended, the source that says so, and when it was checked', async () => {
    const { data, errors } = await execute(
      server,
      `{ product(id: "microsoft-publisher") { discontinued discontinuedOn discontinuedSource { url } discontinuedNote { nl en } verifiedAt }
         zoom: product(id: "zoom") { discontinued discontinuedOn discontinuedSource { url } verifiedAt } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.product).toMatchObject({ discontinued: true, discontinuedOn: '2026-10', discontinuedSource: { url: expect.stringMatching(/^https:/) }, verifiedAt: '2026-11-30' });
    expect(data.product.discontinuedNote.nl).toMatch(/oktober 2026/);
    expect(data.zoom).toMatchObject({ discontinued: false, discontinuedOn: null, discontinuedSource: null, verifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('serves an uncertainty note in English as `note` and in both languages as `text`', async () => {
    const { data, errors } = await execute(server, `{ product(id: "zoom") { uncertainties { field note text { nl en } } } }`);
    expect(errors).toBeUndefined();
    const [u] = data.product.uncertainties;
    expect(u.field).toBe('vendor');
    expect(u.note).toBe(u.text.en);
    expect(u.text.nl).toMatch(/leverancier/);
  });

  it('takes a product end from curators as flat fields and checks its date', () => {
    const base = { name: 'X', vendor: 'Y' };
    expect(productDraft.parse({ ...base, discontinued: true, discontinuedOn: '2026-10', discontinuedSource: { url: 'https://example.org' } })).toMatchObject({
      discontinued: true,
      discontinuedOn: '2026-10',
    });
    expect(productDraft.safeParse({ ...base, discontinuedOn: 'October 2026' }).error?.issues[0]?.path).toEqual(['discontinuedOn']);
  });
});
