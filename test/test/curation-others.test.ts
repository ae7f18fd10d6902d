import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let alice: string;
let bob: string;
beforeAll(async () => {
  stack = await startStack();
  alice = await stack.token({ sub: 'alice', org: 'sivon', roles: ['curator'] });
  bob = await stack.token({ sub: 'bob', org: 'sivon', roles: ['curator'] });
});
afterAll(() => stack.stop());
const as = (token: string) => ({ authorization: `Bearer ${token}` });

async function publish(type: string, id: string) {
  const submit = await stack.query(`mutation { submit${type}(id: "${id}") { entryStatus } }`, {}, as(alice));
  expect(submit.body.errors, `submit${type}`).toBeUndefined();
  const published = await stack.query(`mutation { publish${type}(id: "${id}") { entryStatus version } }`, {}, as(bob));
  expect(published.body.errors, `publish${type}`).toBeUndefined();
  expect(published.body.data[`publish${type}`]).toEqual({ entryStatus: 'PUBLISHED', version: 3 });
}

describe('curating organisations, facilities and standards', () => {
  it('publishes an organisation, a standard it maintains and a facility using it, linked across subgraphs', async () => {
    const source = [{ url: 'https://www.sivon.nl' }];
    const org = await stack.query(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id entryStatus } }`,
      {
        input: {
          id: 'sivon-test',
          name: 'SIVON test',
          kind: 'COOPERATIVE',
          homepage: 'https://www.sivon.nl',
          summary: { nl: 'Test' },
          sources: source,
          certainty: 'CONFIRMED',
          verifiedAt: '2026-11-30',
        },
      },
      as(alice),
    );
    expect(org.body.data.createOrganisation).toEqual({ id: 'sivon-test', entryStatus: 'DRAFT' });
    await publish('Organisation', 'sivon-test');

    const unknownMaintainer = await stack.query(
      `mutation($input: StandardInput!) { createStandard(input: $input) { id } }`,
      { input: { name: 'Test standaard', summary: { nl: 'Test' }, maintainer: 'nobody-maintains-this' } },
      as(alice),
    );
    expect(unknownMaintainer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maintainer' });

    const standard = await stack.query(
      `mutation($input: StandardInput!) { createStandard(input: $input) { id } }`,
      {
        input: {
          name: 'Test standaard',
          summary: { nl: 'Test' },
          maintainer: 'sivon-test',
          domain: 'DATA_EXCHANGE',
          sources: source,
          certainty: 'PROBABLE',
          verifiedAt: '2026-11-30',
        },
      },
      as(alice),
    );
    expect(standard.body.data.createStandard.id).toBe('test-standaard');
    await publish('Standard', 'test-standaard');

    const facility = await stack.query(
      `mutation($input: FacilityInput!) { createFacility(input: $input) { id } }`,
      {
        input: {
          id: 'test-voorziening',
          name: 'Test voorziening',
          summary: { nl: 'Test' },
          kind: 'PROCUREMENT',
          status: 'PILOT',
          operator: 'sivon-test',
          standards: ['test-standaard'],
          sources: source,
          certainty: 'PROBABLE',
          verifiedAt: '2026-11-30',
        },
      },
      as(alice),
    );
    expect(facility.body.errors).toBeUndefined();
    await publish('Facility', 'test-voorziening');

    const linked = await stack.query(
      `{ organisation(id: "sivon-test") { facilities { id } maintainedStandards { id usedByFacilities { id operator { id } } } } }`,
    );
    expect(linked.body.data.organisation).toEqual({
      facilities: [{ id: 'test-voorziening' }],
      maintainedStandards: [{ id: 'test-standaard', usedByFacilities: [{ id: 'test-voorziening', operator: { id: 'sivon-test' } }] }],
    });
  });

  it('publishes a product with its end and an uncertainty in Dutch and English, and reads both back', async () => {
    const input = {
      id: 'test-product',
      name: 'Test Product',
      vendor: 'Test BV',
      vendorCountry: 'NL',
      category: 'chat',
      homepage: 'https://example.org',
      summary: { nl: 'Test', en: 'Test' },
      sources: [{ url: 'https://example.org' }],
      certainty: 'PROBABLE',
      verifiedAt: '2026-11-30',
      discontinued: true,
      discontinuedOn: '2026-10',
      discontinuedSource: { url: 'https://example.org/end', title: 'End' },
      uncertainties: [{ field: 'vendorCountry', text: { nl: 'Land niet bevestigd', en: 'Country not confirmed' } }],
    };
    const englishOnly = await stack.query(
      `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`,
      { input: { ...input, id: 'test-product-2', uncertainties: [{ field: 'vendorCountry', text: { nl: 'Alleen Nederlands' } }] } },
      as(alice),
    );
    expect(englishOnly.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uncertainties.0.text.en' });
    const created = await stack.query(`mutation($input: ProductInput!) { createProduct(input: $input) { id } }`, { input }, as(alice));
    expect(created.body.errors).toBeUndefined();
    await publish('Product', 'test-product');
    const { body } = await stack.query(
      `{ product(id: "test-product") { discontinued discontinuedOn discontinuedSource { url } verifiedAt uncertainties { field note text { nl en } } } }`,
    );
    expect(body.data.product).toEqual({
      discontinued: true,
      discontinuedOn: '2026-10',
      discontinuedSource: { url: 'https://example.org/end' },
      verifiedAt: '2026-11-30',
      uncertainties: [{ field: 'vendorCountry', note: 'Country not confirmed', text: { nl: 'Land niet bevestigd', en: 'Country not confirmed' } }],
    });
  });

  it('refuses to submit an incomplete draft, naming the missing field', async () => {
    await stack.query(
      `mutation($input: FacilityInput!) { createFacility(input: $input) { id } }`,
      { input: { id: 'half-af', name: 'Half af', summary: { nl: 'Nog niet klaar' } } },
      as(alice),
    );
    const refused = await stack.query(`mutation { submitFacility(id: "half-af") { entryStatus } }`, {}, as(alice));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.extensions?.field).toMatch(/^draft\.(kind|status|operator|sources|certainty)$/);
  });

  it('archives a published facility with four eyes: gone for readers, still in its history', async () => {
    const requested = await stack.query(`mutation { archiveFacility(id: "test-voorziening", comment: "pilot ended?") { entryStatus } }`, {}, as(bob));
    expect(requested.body.data.archiveFacility.entryStatus).toBe('ARCHIVE_REQUESTED');
    const archived = await stack.query(`mutation { archiveFacility(id: "test-voorziening", comment: "pilot ended") { entryStatus } }`, {}, as(alice));
    expect(archived.body.data.archiveFacility.entryStatus).toBe('ARCHIVED');
    const gone = await stack.query(`{ facility(id: "test-voorziening") { id } }`);
    expect(gone.body.data.facility).toBeNull();
    const history = await stack.query(`{ facilityEntry(id: "test-voorziening") { history { action comment } } }`, {}, as(alice));
    expect(history.body.data.facilityEntry.history.at(-1)).toEqual({ action: 'ARCHIVE', comment: 'pilot ended' });
  });
});
