/** Per-request context of the facilities subgraph: the stores and request-scoped batching loaders. */
import { trustingPeers, type Peers } from '@edu-catalogus/kit/runtime';
import { createLoaderFamily, createMapLoader, createRowLoader } from '@edu-catalogus/kit/data';
import { createReportStore, type RevisionRow } from '@edu-catalogus/kit/curation';
import { createFacilitiesCuration } from './curation/adapters.ts';
import type { Identity } from '@edu-catalogus/kit/runtime';
import { createFacilityStore, type FacilitiesStoreDb, type FacilityLink } from './store/facility-store.ts';
import { createOrganisationStore } from './store/organisation-store.ts';
import type { FacilityRow } from './store/tables.ts';

export function createStores(db: FacilitiesStoreDb, peers: Peers = trustingPeers) {
  return {
    facilities: createFacilityStore(db),
    organisations: createOrganisationStore(db),
    curation: createFacilitiesCuration(db, peers),
    reports: createReportStore(db),
  };
}
export type Stores = ReturnType<typeof createStores>;

export function createLoaders(stores: Stores) {
  return {
    facility: createRowLoader((ids) => stores.facilities.byIds(ids)),
    /** Archived facilities by id, for pages that name them instead of dropping them. */
    archivedFacility: createRowLoader((ids) => stores.facilities.byIds(ids, 'ARCHIVED')),
    organisation: createRowLoader((ids) => stores.organisations.byIds(ids)),
    archivedOrganisation: createRowLoader((ids) => stores.organisations.byIds(ids, 'ARCHIVED')),
    /** Revisions per entry id, for each curated type. */
    history: createLoaderFamily((type: keyof Stores['curation']) =>
      createMapLoader((ids: readonly string[]) => stores.curation[type].history(ids), [] as RevisionRow[]),
    ),
    operated: createMapLoader((ids: readonly string[]) => stores.facilities.byOperatorIds(ids), [] as FacilityRow[]),
    archivedOperated: createMapLoader((ids: readonly string[]) => stores.facilities.byOperatorIds(ids, 'ARCHIVED'), [] as FacilityRow[]),
    /** The values of one link (partner, standard ...) per facility id. */
    links: createLoaderFamily((dimension: FacilityLink) =>
      createMapLoader((ids: readonly string[]) => stores.facilities.linksByFacilityIds(dimension, ids), [] as string[]),
    ),
    /** The facilities linking to each value (the facilities using a standard ...). */
    linkedBy: createLoaderFamily((dimension: FacilityLink) =>
      createMapLoader((values: readonly string[]) => stores.facilities.facilitiesByLinkValues(dimension, values), [] as FacilityRow[]),
    ),
    archivedLinkedBy: createLoaderFamily((dimension: FacilityLink) =>
      createMapLoader((values: readonly string[]) => stores.facilities.facilitiesByLinkValues(dimension, values, 'ARCHIVED'), [] as FacilityRow[]),
    ),
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
