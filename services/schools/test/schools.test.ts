/**
 * The schools subgraph in-process, on both stores: seeded offerings and advice, contributed fields, curation
 * with four eyes and reference checks, and a publication one replica makes that another serves.
 */
import { type Identity, normalizeText, type Peers } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSchoolsDbEmpty, seedSchoolsDb } from '../src/curation/seed.ts';
import { bothStores, type Server, serve, type Stores } from './both-stores.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
/** Peers that know the seed catalogue's tools, products and organisations, as the real subgraphs would. */
const known: Record<string, Set<string>> = {
  Tool: new Set(catalogue.tools.map((t) => t.id)),
  Product: new Set(catalogue.products.map((p) => p.id)),
  Organisation: new Set(catalogue.organisations.map((o) => o.id)),
};
const peers: Peers = { existing: async (_s, typename, ids) => new Set(ids.filter((id) => known[typename]?.has(id))) };
const alice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
describe.each(bothStores())('schools subgraph on %s', (_name, open) => {
  let stores: Stores;
  let server: Server;
  let replica: Server;
  beforeAll(async () => {
    stores = await open();
    expect(await isSchoolsDbEmpty(stores.db)).toBe(true);
    const counts = await seedSchoolsDb(stores.db, catalogue);
    expect(counts.offerings).toBeGreaterThanOrEqual(25);
    expect(await isSchoolsDbEmpty(stores.replica)).toBe(false);
    // Seeding again changes nothing curators have not changed.
    expect((await seedSchoolsDb(stores.db, catalogue)).skipped).toBe(0);
    ({ server, replica } = serve(stores, peers));
  }, 120_000);
  afterAll(() => stores?.close());
  it('serves a seeded offering with its unknowns as null, and a tool’s and a provider’s offerings', async () => {
    const { data, errors } = await execute(
      server,
      `query($r: [_Any!]!) { offering(id: "openedu-moodle") { tool { id } provider { id } processorAgreement dataLocation { country withinEu }
           price { kind amount currency asOf } signIn uncertainties { field } }
         _entities(representations: $r) { ... on Tool { offerings { id } } ... on Organisation { offerings { id } } } }`,
      {
        r: [
          { __typename: 'Tool', id: 'nextcloud' },
          { __typename: 'Organisation', id: 'surf' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data.offering).toMatchObject({
      tool: { id: 'moodle' },
      provider: { id: 'openedu' },
      processorAgreement: 'UNKNOWN',
      dataLocation: { country: null, withinEu: null },
      price: { kind: 'PER_PUPIL', amount: 4, currency: 'EUR', asOf: null },
      signIn: [],
    });
    expect(data.offering.uncertainties.map((u: { field: string }) => u.field)).toContain('dataLocation');
    const ids = (i: number) => data._entities[i].offerings.map((o: { id: string }) => o.id);
    expect(ids(0)).toEqual(
      catalogue.offerings
        .filter((o) => o.tool === 'nextcloud')
        .map((o) => o.id)
        .sort(),
    );
    expect(ids(1)).toEqual(
      catalogue.offerings
        .filter((o) => o.provider === 'surf')
        .map((o) => o.id)
        .sort(),
    );
    expect(ids(1).length).toBeGreaterThan(0);
  });

  it('answers a product’s advice for a sector, and none for a sector without advice', async () => {
    const { data, errors } = await execute(
      server,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { po: advice(sector: PO) { id recommended { id } reasons } ho: advice(sector: HO) { id } } } }`,
      { r: [{ __typename: 'Product', id: 'microsoft-teams' }] },
    );
    expect(errors).toBeUndefined();
    const seed = catalogue.advice.find((a) => a.id === 'microsoft-teams--po')!;
    expect(data._entities[0].po).toEqual({ id: 'microsoft-teams--po', recommended: seed.recommend.map((id) => ({ id })), reasons: seed.reasons });
    expect(data._entities[0].ho).toBeNull();
  });

  it('lists every published offering and advice a page at a time by id, refusing a foreign cursor', async () => {
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
    const pageOf = async (field: string, after: string | null): Promise<Page> => {
      const query = `query($after: String) { ${field}(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const { data, errors } = await execute(server, query, { after });
      expect(errors).toBeUndefined();
      expect(data[field].totalCount).toBeGreaterThan(0);
      return data[field];
    };
    const all = async (field: string) => {
      let page = await pageOf(field, null);
      const ids = page.edges.map((e) => e.node.id);
      while (page.pageInfo.hasNextPage) {
        page = await pageOf(field, page.pageInfo.endCursor);
        ids.push(...page.edges.map((e) => e.node.id));
      }
      return { ids, total: page.totalCount };
    };
    const offerings = await all('offerings');
    expect(offerings.ids).toEqual(catalogue.offerings.map((o) => o.id).sort());
    expect(offerings.total).toBe(offerings.ids.length);
    const advice = await all('adviceList');
    expect(advice.ids).toEqual(catalogue.advice.map((a) => a.id).sort());
    const future = await execute(server, '{ offerings(changedSince: "2999-01-01T00:00:00Z") { totalCount edges { node { id } } } }');
    expect(future.data.offerings).toEqual({ totalCount: 0, edges: [] });
    const foreign = await execute(server, `{ adviceList(after: "${Buffer.from('["x","y"]').toString('base64url')}") { totalCount } }`);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows a curator’s new offering only after another curator publishes it, on another replica too', async () => {
    const input = `{ tool: "jitsi-meet", provider: "kennisnet", processorAgreement: UNKNOWN, price: { kind: FREE }, url: "https://example.org/jitsi",
      sources: [{ url: "https://example.org/jitsi" }], certainty: PROBABLE, verifiedAt: "2026-11-30" }`;
    const created = await execute(server, `mutation { createOffering(input: ${input}) { id version } }`, {}, alice);
    expect(created.errors).toBeUndefined();
    expect(created.data.createOffering).toEqual({ id: 'kennisnet-jitsi-meet', version: 1 });
    const read = () => execute(replica, '{ offering(id: "kennisnet-jitsi-meet") { id } }');
    expect((await read()).data.offering).toBeNull();
    expect((await execute(server, 'mutation { submitOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, alice)).errors).toBeUndefined();
    const own = await execute(server, 'mutation { publishOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, alice);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read()).data.offering).toBeNull();
    const other = await execute(server, 'mutation { publishOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, bob);
    expect(other.errors).toBeUndefined();
    expect((await read()).data.offering).toEqual({ id: 'kennisnet-jitsi-meet' });
    const ofTool = await execute(replica, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Tool { offerings { id } } } }', {
      r: [{ __typename: 'Tool', id: 'jitsi-meet' }],
    });
    expect(ofTool.data._entities[0].offerings.map((o: { id: string }) => o.id)).toContain('kennisnet-jitsi-meet');
  });

  it('refuses an unknown tool, a bad URL and advice under another pair’s id, naming the field', async () => {
    const bad = await execute(server, 'mutation { createOffering(input: { tool: "no-such-tool", provider: "surf" }) { id } }', {}, alice);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tool' });
    const url = await execute(server, 'mutation { createOffering(input: { tool: "moodle", provider: "surf", url: "ftp://x" }) { id } }', {}, alice);
    expect(url.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const moved = await execute(
      server,
      'mutation { updateAdvice(id: "zoom--vo", expectedVersion: 1, input: { product: "zoom", sector: PO }) { id } }',
      {},
      alice,
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sector' });
    const otherProduct = await execute(
      server,
      'mutation { updateAdvice(id: "zoom--vo", expectedVersion: 1, input: { product: "microsoft-teams", sector: VO }) { id } }',
      {},
      alice,
    );
    expect(otherProduct.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.product' });
  });
});
