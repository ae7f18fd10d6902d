/** The __name__ subgraph in-process: a published __entity__ by id, by name, and as an entity reference. */
import { execute } from '@edu-catalogus/kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { create__Entity__Store } from '../src/store/__entity__-store.ts';

let server: ReturnType<typeof definition.createServer>;

beforeAll(async () => {
  const db = definition.open(':memory:');
  const entry = { name: 'Example', summary: { nl: 'Voorbeeld' }, sources: [], certainty: 'CONFIRMED', uncertainties: [], verifiedAt: null };
  await create__Entity__Store(db).publish({ id: 'example', ...entry });
  server = definition.createServer({ db });
});

describe('__name__ subgraph', () => {
  it('answers a published __entity__ by id and by a part of its name', async () => {
    const { data, errors } = await execute(server, '{ __entity__(id: "example") { name summary { nl } } __entity__List(search: "xamp") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ __entity__: { name: 'Example', summary: { nl: 'Voorbeeld' } }, __entity__List: [{ id: 'example' }] });
  });

  it('resolves __Entity__ references', async () => {
    const { data } = await execute(server, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on __Entity__ { name } } }', {
      r: [{ __typename: '__Entity__', id: 'example' }],
    });
    expect(data).toEqual({ _entities: [{ name: 'Example' }] });
  });
});
