/** The standards subgraph on both stores: serving, filters, search, batching, and a write one replica makes that another reads. */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../src/context.ts';
import { definition } from '../src/definition.ts';
import { bothStores, catalogue, type Stores } from './both-stores.ts';

const alice: Identity = { sub: 'alice', name: 'Alice', org: 'kennisnet', roles: ['curator'] };
const bob: Identity = { sub: 'bob', name: 'Bob', org: 'kennisnet', roles: ['curator'] };
const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

describe.each(bothStores())('standards subgraph on %s', (_name, open) => {
  let stores: Stores;
  let server: ReturnType<typeof definition.createServer>;
  let replica: ReturnType<typeof definition.createServer>;
  beforeAll(async () => {
    stores = await open();
    server = definition.createServer({ db: stores.db as never });
    replica = definition.createServer({ db: stores.replica as never });
  }, 120_000);
  afterAll(() => stores?.close());

  const ids = async (search: string | null, filter?: unknown, on = server): Promise<string[]> => {
    const { data, errors } = await execute(
      on,
      `query($search: String, $filter: StandardFilter) { standards(search: $search, filter: $filter, first: 100) { edges { node { id } } } }`,
      { search, filter },
    );
    expect(errors).toBeUndefined();
    return idsOf(data.standards);
  };

  it('serves the Edustandaard advice "onder voorwaarden", filters on it, and says when the facts were checked', async () => {
    const { data, errors } = await execute(
      server,
      `{ standard(id: "uwlr") { verifiedAt dutchStatus { edustandaard { gebruiksadvies } } uncertainties { note text { nl en } } }
         standards(filter: { edustandaardAdvice: [ONDER_VOORWAARDEN] }) { edges { node { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.standard.dutchStatus.edustandaard.gebruiksadvies).toBe('ONDER_VOORWAARDEN');
    expect(data.standard.verifiedAt).toBe('2026-11-30');
    for (const u of data.standard.uncertainties) expect(u.text.en).toBe(u.note);
    expect(idsOf(data.standards).sort()).toEqual(['edexml', 'uwlr']);
  });

  it('serves a standard with versions and its Dutch status vocabulary', async () => {
    const { data, errors } = await execute(
      server,
      `{ standard(id: "saml-2-0") { id name maintainer { id } sectors international versions { version status date }
         dutchStatus { forumStandaardisatie { status entry since } edustandaard { gebruiksadvies werkingsgebied } } } }`,
    );
    expect(errors).toBeUndefined();
    const seed = catalogue.standards.find((s) => s.id === 'saml-2-0')!;
    expect(data.standard).toMatchObject({ id: 'saml-2-0', name: seed.name, maintainer: { id: seed.maintainer }, international: seed.international });
    expect(data.standard.sectors).toEqual(seed.sectors);
    expect(data.standard.versions.map((v: { version: string }) => v.version)).toEqual(seed.versions.map((v) => v.version));
    expect(data.standard.dutchStatus.forumStandaardisatie).toMatchObject({ status: 'VERPLICHT', since: '2023-09-21' });
  });

  it('filters by Dutch status and sector, AND across filters, with the exact total', async () => {
    const { data } = await execute(
      server,
      `{ standards(first: 100, filter: { forumStatus: [VERPLICHT], sector: [PO] }) { totalCount edges { node { id } } } }`,
    );
    const expected = catalogue.standards
      .filter((s) => s.dutchStatus.forumStandaardisatie?.status === 'VERPLICHT' && s.sectors.includes('PO'))
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(data.standards).sort()).toEqual(expected);
    expect(data.standards.totalCount).toBe(expected.length);
  });

  it('refuses an empty filter list with a message naming the field', async () => {
    const { errors } = await execute(server, `{ standards(filter: { domain: [] }) { totalCount } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.domain' } });
  });

  it('searches ignoring case, matching prefixes and correcting misspellings, combined with the Dutch-status filter', async () => {
    expect(await ids('EDUKOPPELING')).toContain('edukoppeling');
    expect(await ids('edukop')).toContain('edukoppeling');
    expect(await ids('edukopeling')).toContain('edukoppeling');
    const mandatory = catalogue.standards
      .filter((s) => s.dutchStatus.forumStandaardisatie?.status === 'VERPLICHT')
      .map((s) => s.id)
      .sort();
    expect((await ids(null, { forumStatus: ['VERPLICHT'] })).sort()).toEqual(mandatory);
    const searched = await ids('SAML', { forumStatus: ['VERPLICHT'] });
    expect(searched.length).toBeGreaterThan(0);
    for (const id of searched) expect(mandatory).toContain(id);
  });

  it('resolves Standard and Organisation representations, batched', async () => {
    stores.queries.length = 0;
    const { data, errors } = await execute(
      server,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Standard { id name versions { version } } ... on Organisation { id maintainedStandards { id } } } }`,
      {
        reps: [
          { __typename: 'Standard', id: 'lti-1-3' },
          { __typename: 'Standard', id: 'eck-id' },
          { __typename: 'Organisation', id: '1edtech' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0].id).toBe('lti-1-3');
    const by1EdTech = catalogue.standards
      .filter((s) => s.maintainer === '1edtech')
      .map((s) => s.id)
      .sort();
    expect(data._entities[2].maintainedStandards.map((s: { id: string }) => s.id).sort()).toEqual(by1EdTech);
    // standards by id, versions of both, standards by maintainer
    expect(stores.queries).toHaveLength(3);
  });

  it('shows a standard another replica published, found by its new name, and drops it there once archived', async () => {
    const curation = createStores(stores.db).curation.standard;
    const entry = (await curation.get('uwlr'))!;
    await curation.update(alice, 'uwlr', entry.version, { ...(entry.published as object), name: 'Uitwisseling Leerresultaten Zeldzaamwoord' });
    await curation.submit(alice, 'uwlr');
    await curation.publish(bob, 'uwlr');
    const read = () => execute(replica, '{ standard(id: "uwlr") { name versions { version } } }');
    expect((await read()).data.standard.name).toBe('Uitwisseling Leerresultaten Zeldzaamwoord');
    expect((await read()).data.standard.versions.length).toBeGreaterThan(0);
    expect(await ids('zeldzaamwoord', undefined, replica)).toEqual(['uwlr']);
    await curation.archive(alice, 'uwlr'); // asks; another curator archives
    await curation.archive(bob, 'uwlr');
    expect((await read()).data.standard).toBeNull();
    expect(await ids('zeldzaamwoord', undefined, replica)).toEqual([]);
    expect(await ids(null, { edustandaardAdvice: ['ONDER_VOORWAARDEN'] }, replica)).toEqual(['edexml']);
  });
});
