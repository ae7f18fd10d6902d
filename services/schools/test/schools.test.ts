/** The schools subgraph in-process: a published offering by id, by name, and as an entity reference. */
import { execute } from '@edu-catalogus/kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { createOfferingStore } from '../src/store/offering-store.ts';

let server: ReturnType<typeof definition.createServer>;

beforeAll(() => {
  const db = definition.open(':memory:');
  const entry = { name: 'Example', summary: { nl: 'Voorbeeld' }, sources: [], certainty: 'CONFIRMED', uncertainties: [], verifiedAt: null };
  createOfferingStore(db).publish({ id: 'example', ...entry });
  server = definition.createServer({ db });
});

describe('schools subgraph', () => {
  it('answers a published offering by id and by a part of its name', async () => {
    const { data, errors } = await execute(server, '{ offering(id: "example") { name summary { nl } } offeringList(search: "xamp") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ offering: { name: 'Example', summary: { nl: 'Voorbeeld' } }, offeringList: [{ id: 'example' }] });
  });

  it('resolves Offering references', async () => {
    const { data } = await execute(server, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offering { name } } }', {
      r: [{ __typename: 'Offering', id: 'example' }],
    });
    expect(data).toEqual({ _entities: [{ name: 'Example' }] });
  });
});
