/** Per-request context of the __name__ subgraph: the store and request-scoped batching loaders. */
import type { Identity } from '@edu-catalogus/kit/runtime';
import { createRowLoader } from '@edu-catalogus/kit/data';
import { create__Entity__Store } from './store/__entity__-store.ts';
import type { __Name__Db } from './store/tables.ts';

export function createStores(db: __Name__Db) {
  return { __entity__: create__Entity__Store(db) };
}
export type Stores = ReturnType<typeof createStores>;

export const createLoaders = (stores: Stores) => ({ __entity__: createRowLoader((ids) => stores.__entity__.byIds(ids)) });

export interface Context {
  /** The verified identity the gateway forwarded; null for anonymous readers. */
  identity: Identity | null;
  stores: Stores;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(stores: Stores, identity: Identity | null = null): Context {
  return { identity, stores, loaders: createLoaders(stores) };
}
