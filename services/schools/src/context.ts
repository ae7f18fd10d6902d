/** Per-request context of the schools subgraph: the stores, curation and request-scoped batching loaders. */
import { type Identity, type Peers, trustingPeers } from '@edu-catalogus/kit/runtime';
import { createMapLoader, createRowLoader } from '@edu-catalogus/kit/data';
import type { RevisionRow } from '@edu-catalogus/kit/curation';
import { createSchoolsCuration } from './curation/adapters.ts';
import { createAdviceStore } from './store/advice-store.ts';
import { createOfferingStore } from './store/offering-store.ts';
import type { OfferingRow, SchoolsDb } from './store/tables.ts';

export function createStores(db: SchoolsDb, peers: Peers = trustingPeers) {
  return { offering: createOfferingStore(db), advice: createAdviceStore(db), curation: createSchoolsCuration(db, peers) };
}
export type Stores = ReturnType<typeof createStores>;

export const createLoaders = (stores: Stores) => ({
  offering: createRowLoader((ids) => stores.offering.byIds(ids)),
  advice: createRowLoader((ids) => stores.advice.byIds(ids)),
  offeringsOfTool: createMapLoader((ids: readonly string[]) => stores.offering.byToolIds(ids), [] as OfferingRow[]),
  offeringsOfProvider: createMapLoader((ids: readonly string[]) => stores.offering.byProviderIds(ids), [] as OfferingRow[]),
  offeringHistory: createMapLoader((ids: readonly string[]) => stores.curation.offering.history(ids), [] as RevisionRow[]),
  adviceHistory: createMapLoader((ids: readonly string[]) => stores.curation.advice.history(ids), [] as RevisionRow[]),
});

export interface Context {
  /** The verified identity the gateway forwarded; null for anonymous readers. */
  identity: Identity | null;
  stores: Stores;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(stores: Stores, identity: Identity | null = null): Context {
  return { identity, stores, loaders: createLoaders(stores) };
}
