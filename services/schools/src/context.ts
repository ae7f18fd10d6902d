/** Per-request context of the schools subgraph: the store and request-scoped batching loaders. */
import { createRowLoader, type Identity } from '@edu-catalogus/kit';
import { createOfferingStore } from './store/offering-store.ts';
import type { SchoolsDb } from './store/tables.ts';

export function createStores(db: SchoolsDb) {
  return { offering: createOfferingStore(db) };
}
export type Stores = ReturnType<typeof createStores>;

export const createLoaders = (stores: Stores) => ({ offering: createRowLoader((ids) => stores.offering.byIds(ids)) });

export interface Context {
  /** The verified identity the gateway forwarded; null for anonymous readers. */
  identity: Identity | null;
  stores: Stores;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(stores: Stores, identity: Identity | null = null): Context {
  return { identity, stores, loaders: createLoaders(stores) };
}
