import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedStandardsDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';

const { createServer, open: openStandardsDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
const queries: string[] = [];
let server: ReturnType<typeof createServer>;

beforeAll(() => {
  const db = openStandardsDatabase(':memory:', (sql) => queries.push(sql));
  seedStandardsDb(db, catalogue);
  server = createServer({ db });
});

describe('standards subgraph', () => {
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
    expect(data.standards.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(['edexml', 'uwlr']);
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
    expect(data.standard.versions.map((v: { version: string }) => v.version)).toEqual(seed.versions.map((v) => v.version));
    expect(data.standard.dutchStatus.forumStandaardisatie).toMatchObject({ status: 'VERPLICHT', since: '2023-09-21' });
  });

  it('filters by Dutch status and sector, AND across filters', async () => {
    const { data } = await execute(
      server,
      `{ standards(first: 100, filter: { forumStatus: [VERPLICHT], sector: [PO] }) { totalCount edges { node { id } } } }`,
    );
    const expected = catalogue.standards
      .filter((s) => s.dutchStatus.forumStandaardisatie?.status === 'VERPLICHT' && s.sectors.includes('PO'))
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.standards.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(expected);
    expect(data.standards.totalCount).toBe(expected.length);
  });

  it('refuses an empty filter list with a message naming the field', async () => {
    const { errors } = await execute(server, `{ standards(filter: { domain: [] }) { totalCount } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.domain' } });
  });

  it('resolves Standard and Organisation representations, batched', async () => {
    queries.length = 0;
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
    expect(queries).toHaveLength(3);
  });
});
