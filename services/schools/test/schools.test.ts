/** The schools subgraph in-process: seeded offerings and advice, contributed fields, curation with four eyes and reference checks. */
import { type Identity, normalizeText, type Peers } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSchoolsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';

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
let server: ReturnType<typeof definition.createServer>;
let db: ReturnType<typeof definition.open>;

beforeAll(() => {
  db = definition.open(':memory:');
  const counts = seedSchoolsDb(db, catalogue);
  expect(counts.offerings).toBeGreaterThanOrEqual(25);
  server = definition.createServer({ db, peers });
});

describe('schools subgraph', () => {
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

  it('shows a curator’s new offering only after another curator publishes it', async () => {
    const input = `{ tool: "jitsi-meet", provider: "kennisnet", processorAgreement: UNKNOWN, price: { kind: FREE }, url: "https://example.org/jitsi",
      sources: [{ url: "https://example.org/jitsi" }], certainty: PROBABLE, verifiedAt: "2026-11-30" }`;
    const created = await execute(server, `mutation { createOffering(input: ${input}) { id version } }`, {}, alice);
    expect(created.errors).toBeUndefined();
    expect(created.data.createOffering).toEqual({ id: 'kennisnet-jitsi-meet', version: 1 });
    const read = () => execute(server, '{ offering(id: "kennisnet-jitsi-meet") { id } }');
    expect((await read()).data.offering).toBeNull();
    expect((await execute(server, 'mutation { submitOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, alice)).errors).toBeUndefined();
    const own = await execute(server, 'mutation { publishOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, alice);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read()).data.offering).toBeNull();
    const other = await execute(server, 'mutation { publishOffering(id: "kennisnet-jitsi-meet") { entryStatus } }', {}, bob);
    expect(other.errors).toBeUndefined();
    expect((await read()).data.offering).toEqual({ id: 'kennisnet-jitsi-meet' });
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
