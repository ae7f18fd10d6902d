/** Per-request context of the schools subgraph: the stores, curation and request-scoped batching loaders. */
import { type Identity, type Peers, trustingPeers } from '@edu-catalogus/kit/runtime';
import { createMapLoader, createRowLoader } from '@edu-catalogus/kit/data';
import type { RevisionRow } from '@edu-catalogus/kit/curation';
import { createSchoolsCuration } from './curation/adapters.ts';
import { createAdviceStore } from './store/advice-store.ts';
import { createNoteStore } from './store/note-store.ts';
import { createOfferingStore } from './store/offering-store.ts';
import { createSchoolStore } from './store/school-store.ts';
import type { SchoolsStoreDb } from './store/dialect.ts';
import type { OfferingRow } from './store/tables.ts';
import { createUsageAggregates, type ToolUsage } from './store/usage-aggregates.ts';
import { createUsageStore, type UsageStoreOptions } from './store/usage-store.ts';

export function createStores(db: SchoolsStoreDb, peers: Peers = trustingPeers, usage: UsageStoreOptions = {}) {
  return {
    offering: createOfferingStore(db),
    advice: createAdviceStore(db),
    curation: createSchoolsCuration(db, peers),
    school: createSchoolStore(db, usage),
    usage: createUsageStore(db, usage),
    notes: createNoteStore(db, usage.now),
    usageAggregates: createUsageAggregates(db),
    /** Checks a declared tool with the tools subgraph. */
    toolExists: async (id: string) => (await peers.existing('tools', 'Tool', [id])).has(id),
  };
}
export type Stores = ReturnType<typeof createStores>;

/** A tool no school declared (byToolIds answers every id it is asked, so this only satisfies the loader's type). */
const NO_USAGE: ToolUsage = { schools: 0, bySector: [], byProvince: [], namedSchools: [], notes: [] };

export const createLoaders = (stores: Stores) => ({
  offering: createRowLoader((ids) => stores.offering.byIds(ids)),
  advice: createRowLoader((ids) => stores.advice.byIds(ids)),
  offeringsOfTool: createMapLoader((ids: readonly string[]) => stores.offering.byToolIds(ids), [] as OfferingRow[]),
  offeringsOfProvider: createMapLoader((ids: readonly string[]) => stores.offering.byProviderIds(ids), [] as OfferingRow[]),
  usageOfTool: createMapLoader((ids: readonly string[]) => stores.usageAggregates.byToolIds(ids), NO_USAGE),
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
