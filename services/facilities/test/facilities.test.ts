import { normalizeText } from '@edu-catalogus/kit/runtime';
import { execute } from '@edu-catalogus/kit/testing';
import { loadCatalogue } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFacilitiesDb } from '../src/curation/seed.ts';
import { definition } from '../src/definition.ts';
import type { FacilitiesDb } from '../src/store/tables.ts';

const { createServer, open: openFacilitiesDatabase } = definition;

const catalogue = loadCatalogue(undefined, normalizeText);
const queries: string[] = [];
let server: ReturnType<typeof createServer>;

beforeAll(() => {
  const db = openFacilitiesDatabase(':memory:', (sql) => queries.push(sql));
  seedFacilitiesDb(db, catalogue);
  server = createServer({ db });
});

describe('facilities subgraph', () => {
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
});
