/**
 * The facilities subgraph's resolvers and stores on both stores, the same tests: SQLite (the default) and
 * PostgreSQL (its drizzle-pg schema, seeded through the same curation seeding); and two handles on one
 * store (two replicas) where a publish through one is what the other lists and finds by search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { stopBackgroundWork } from '@edu-catalogus/kit/search';
import { execute, type StartedPostgres, startPostgres } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../src/context.ts';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import { type FacilitiesPgDb, openFacilitiesPostgres } from '../src/store/pg-open.ts';
import type { FacilitiesDb } from '../src/store/tables.ts';

const catalogue = loadCatalogue(undefined, normalizeText);
// Webhook subscriptions to a loopback receiver (read when a server is made).
process.env.WEBHOOK_ALLOWLIST = '127.0.0.0/8';
process.env.WEBHOOK_ALLOW_HTTP = 'true';
/** The statements that read the facilities' own tables (the webhook deliverer's polling is not counted). */
const queries: string[] = [];
const record = (statement: string) => {
  if (/\b(facilities|organisations|facility_links)\b/.test(statement)) queries.push(statement);
};

let pg: StartedPostgres;
let pgDb: FacilitiesPgDb;
beforeAll(async () => {
  pg = await startPostgres();
  pgDb = await openFacilitiesPostgres(pg.url);
  // Every statement drizzle sends through the pool, as SQLite's onQuery sees them.
  const pool = pgDb.$client as unknown as { query: (...args: unknown[]) => unknown };
  const query = pool.query.bind(pool);
  pool.query = (...args: unknown[]) => (record(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text), query(...args));
  await seedFacilitiesDb(pgDb, catalogue);
}, 120_000);
afterAll(async () => {
  await pgDb?.$client.end();
  await pg?.stop();
});

const stores = [
  [
    'SQLite',
    async () => {
      const db = definition.open(':memory:', record);
      await seedFacilitiesDb(db, catalogue);
      return db;
    },
  ],
  ['PostgreSQL', async () => pgDb],
] as const;

/** A server of the subgraph on either store (kit's createServer is typed for SQLite until it takes both). */
const serve = (db: FacilitiesDb | FacilitiesPgDb) => definition.createServer({ db: db as FacilitiesDb });

describe.each(stores)('facilities subgraph on %s', (_name, open) => {
  let server: ReturnType<typeof serve>;
  beforeAll(async () => {
    server = serve(await open());
  });
  afterAll(() => server.apollo.stop());

  it('says when a facility and an organisation were last checked, with notes in Dutch and English', async () => {
    const { data, errors } = await execute(
      server,
      `{ facility(id: "ndc") { verifiedAt uncertainties { field note text { nl en } } } organisation(id: "kennisnet") { verifiedAt } }`,
    );
    expect(errors).toBeUndefined();
    const seed = catalogue.facilities.find((f) => f.id === 'ndc')!;
    expect(data.facility.verifiedAt).toBe(seed.verifiedAt);
    expect(data.organisation.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.facility.uncertainties[0]).toEqual({ field: 'kind', note: seed.uncertainties[0]!.note.en, text: seed.uncertainties[0]!.note });
  });

  it('serves a facility with operator, partners, dependencies and standards', async () => {
    const { data, errors } = await execute(
      server,
      `{ facility(id: "edu-v") { id name kind status entryStatus operator { id } partners { id } sectors dependsOn { id } dependents { id } standards { id } sources { url } } }`,
    );
    expect(errors).toBeUndefined();
    const seed = catalogue.facilities.find((f) => f.id === 'edu-v')!;
    expect(data.facility).toMatchObject({
      id: 'edu-v',
      name: seed.name,
      kind: seed.kind,
      status: seed.status,
      entryStatus: 'PUBLISHED',
      operator: { id: seed.operator },
      sectors: seed.sectors,
    });
    expect(data.facility.partners.map((o: { id: string }) => o.id)).toEqual(seed.partners);
    expect(data.facility.dependsOn.map((f: { id: string }) => f.id)).toEqual(seed.dependsOn);
    expect(data.facility.standards).toEqual(seed.standards.map((id) => ({ id })));
    expect(data.facility.sources.map((s: { url: string }) => s.url)).toEqual(seed.sources.map((s) => s.url));
  });

  it('lists the facilities an organisation operates', async () => {
    const { data } = await execute(server, `{ organisation(id: "kennisnet") { name facilities { id } } }`);
    const expected = catalogue.facilities
      .filter((f) => f.operator === 'kennisnet')
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(data.organisation.facilities.map((f: { id: string }) => f.id).sort()).toEqual(expected);
  });

  it('filters facilities by operator and status, and searches case- and accent-insensitively', async () => {
    const { data } = await execute(server, `{ facilities(first: 100, filter: { operator: ["kennisnet"], status: [LIVE] }) { totalCount } }`);
    expect(data.facilities.totalCount).toBe(catalogue.facilities.filter((f) => f.operator === 'kennisnet' && f.status === 'LIVE').length);
    const search = await execute(server, `{ facilities(search: "ENTREE") { edges { node { id } } } }`);
    expect(search.data.facilities.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('entree-federatie');
    const typo = await execute(server, `{ facilities(search: "nummervoorzienig", filter: { operator: ["kennisnet"] }) { totalCount edges { node { id } } } }`);
    expect(typo.data.facilities.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('nummervoorziening');
  });

  it('pages facilities by name with cursors and counts the whole list', async () => {
    const query = `query($after: String) { facilities(first: 5, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id name } } } }`;
    const first = await execute(server, query);
    const second = await execute(server, query, { after: first.data.facilities.pageInfo.endCursor });
    const names = [...first.data.facilities.edges, ...second.data.facilities.edges].map((e: { node: { name: string } }) => e.node.name);
    expect(first.data.facilities.totalCount).toBe(catalogue.facilities.length);
    expect(first.data.facilities.pageInfo.hasNextPage).toBe(true);
    expect(names).toEqual(
      catalogue.facilities
        .map((f) => f.name)
        .sort()
        .slice(0, 10),
    );
  });

  it('lists all organisations by name', async () => {
    const { data } = await execute(server, `{ organisations { id name } }`);
    expect(data.organisations).toHaveLength(catalogue.organisations.length);
    const names = data.organisations.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('resolves Facility, Organisation and Standard representations, batched', async () => {
    queries.length = 0;
    const { data, errors } = await execute(
      server,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
         ... on Facility { id name } ... on Organisation { id name } ... on Standard { id usedByFacilities { id } } } }`,
      {
        reps: [
          { __typename: 'Facility', id: 'nummervoorziening' },
          { __typename: 'Facility', id: 'entree-federatie' },
          { __typename: 'Organisation', id: 'kennisnet' },
          { __typename: 'Organisation', id: 'sivon' },
          { __typename: 'Standard', id: 'eck-id' },
          { __typename: 'Standard', id: 'saml-2-0' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities.map((e: { id: string }) => e.id)).toEqual(['nummervoorziening', 'entree-federatie', 'kennisnet', 'sivon', 'eck-id', 'saml-2-0']);
    const usingEckId = catalogue.facilities
      .filter((f) => f.standards.includes('eck-id'))
      .map((f) => f.id)
      .sort();
    expect(data._entities[4].usedByFacilities.map((f: { id: string }) => f.id).sort()).toEqual(usingEckId);
    // facilities by id, organisations by id, facilities by standard: one query each
    expect(queries).toHaveLength(3);
  });

  it("registers, lists, rotates and replays a portal's webhook subscription", async () => {
    const portal = { sub: 'portal', org: 'kennisnet', roles: ['portal'] };
    const fields = 'subscription { id url status cursor deliveries { eventId } } secret';
    const created = await execute(server, `mutation { createWebhookSubscription(url: "http://127.0.0.1:9/hook") { ${fields} } }`, {}, portal);
    expect(created.errors).toBeUndefined();
    const { subscription, secret } = created.data.createWebhookSubscription;
    expect(subscription).toMatchObject({ url: 'http://127.0.0.1:9/hook', status: 'ACTIVE', cursor: null, deliveries: [] });
    const rotated = await execute(server, `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: subscription.id }, portal);
    expect(rotated.data.rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotated.data.rotateWebhookSecret.secret).not.toBe(secret);
    const listed = await execute(server, '{ webhookSubscriptions { id } }', {}, portal);
    expect(listed.data.webhookSubscriptions.map((s: { id: string }) => s.id)).toContain(subscription.id);
    const other = await execute(server, '{ webhookSubscriptions { id } }', {}, { sub: 'x', org: 'surf', roles: ['portal'] });
    expect(other.data.webhookSubscriptions).toEqual([]);
    const replay = await execute(
      server,
      `mutation($id: ID!) { replayWebhookSubscription(id: $id, after: "nonsense") { id } }`,
      { id: subscription.id },
      portal,
    );
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const missing = await execute(server, `mutation { rotateWebhookSecret(id: "nope") { secret } }`, {}, portal);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

/** Two handles on one store, as two replicas have: SQLite's file opened twice, PostgreSQL's schema through two pools. */
const replicas = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'facilities-replicas-'));
      const file = path.join(dir, 'facilities.db');
      const first = definition.open(file);
      await seedFacilitiesDb(first, catalogue);
      const second = definition.open(file);
      const close = async () => {
        for (const db of [first, second]) await stopBackgroundWork(db.$client), db.$client.close();
        rmSync(dir, { recursive: true, force: true });
      };
      return { first, second, close };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const second = await openFacilitiesPostgres(pg.url);
      return { first: pgDb, second, close: () => second.$client.end() };
    },
  ],
] as const;

describe.each(replicas)('two replicas on one %s store', (_name, open) => {
  it('lists and finds by search, through the second, what a curator published through the first', async () => {
    const { first, second, close } = await open();
    try {
      const [writer, reader] = [createStores(first), createStores(second)];
      const word = `Replicazoekwoord${_name.slice(0, 3)}`;
      // The reader searched (and built its index) before the write.
      expect((await reader.facilities.list({ search: word })).edges).toEqual([]);
      const entry = (await writer.curation.facility.get('edugain'))!;
      const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
      const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };
      const draft = await writer.curation.facility.update(alice, 'edugain', entry.version, { ...entry.published, name: `${word} Federatie` });
      await writer.curation.facility.submit(alice, 'edugain', { expectedVersion: draft.version });
      await writer.curation.facility.publish(bob, 'edugain', { expectedVersion: draft.version + 1 });

      const found = await reader.facilities.list({ search: word.toLowerCase(), filter: { operator: [entry.published!.operator as string] } });
      expect(found.edges.map((e) => [e.node.id, e.node.name])).toEqual([['edugain', `${word} Federatie`]]);
      expect(found.totalCount).toBe(1);
      expect((await reader.facilities.byIds(['edugain']))[0]).toMatchObject({ id: 'edugain', name: `${word} Federatie` });
      const page = await reader.facilities.list({ first: 100 });
      expect(page.edges.map((e) => e.node.name)).toContain(`${word} Federatie`);
    } finally {
      await close();
    }
  });
});
