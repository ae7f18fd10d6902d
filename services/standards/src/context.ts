/** Per-request context of the standards subgraph: the store and request-scoped batching loaders. */
import { trustingPeers, type Peers } from '@edu-catalogus/kit/runtime';
import { createMapLoader, createRowLoader } from '@edu-catalogus/kit/data';
import { createReportStore, type RevisionRow } from '@edu-catalogus/kit/curation';
import { createStandardsCuration } from './curation/adapters.ts';
import type { Identity } from '@edu-catalogus/kit/runtime';
import type { StandardRow, StandardVersionRow } from './store/tables.ts';
import { createStandardStore, type StandardsStoreDb } from './store/standard-store.ts';

export function createStores(db: StandardsStoreDb, peers: Peers = trustingPeers) {
  return { standards: createStandardStore(db), curation: createStandardsCuration(db, peers), reports: createReportStore(db) };
}
export type Stores = ReturnType<typeof createStores>;

export function createLoaders(stores: Stores) {
  return {
    standard: createRowLoader((ids) => stores.standards.byIds(ids)),
    versions: createMapLoader((ids: readonly string[]) => stores.standards.versionsByStandardIds(ids), [] as StandardVersionRow[]),
    sectors: createMapLoader((ids: readonly string[]) => stores.standards.sectorsByStandardIds(ids), [] as string[]),
    history: createMapLoader((ids: readonly string[]) => stores.curation.standard.history(ids), [] as RevisionRow[]),
    maintained: createMapLoader((ids: readonly string[]) => stores.standards.byMaintainerIds(ids), [] as StandardRow[]),
    archivedMaintained: createMapLoader((ids: readonly string[]) => stores.standards.byMaintainerIds(ids, 'ARCHIVED'), [] as StandardRow[]),
  };
}

export interface Context {
  /** The verified identity the gateway forwarded; null for anonymous readers. */
  identity: Identity | null;
  stores: Stores;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(stores: Stores, identity: Identity | null = null): Context {
  return { identity, stores, loaders: createLoaders(stores) };
}
