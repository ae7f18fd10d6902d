/** Per-request context of the tools subgraph: the stores and request-scoped batching loaders. */
import { trustingPeers, type Peers } from '@edu-catalogus/kit/runtime';
import { createLoaderFamily, createMapLoader, createRowLoader } from '@edu-catalogus/kit/data';
import { createReportStore, type RevisionRow } from '@edu-catalogus/kit/curation';
import type { Identity } from '@edu-catalogus/kit/runtime';
import { isPostgres } from '@edu-catalogus/kit/data';
import { createToolsCuration } from './curation/adapters.ts';
import { createAlternativeStore } from './store/alternative-store.ts';
import { createCategoryStore } from './store/category-store.ts';
import { createProductStore } from './store/product-store.ts';
import type { ToolsStoreDb } from './store/dialect.ts';
import { createPgSearchService } from './store/pg-search-service.ts';
import { createSearchThread, type SearchThread, type SearchThreadOptions } from './store/search-thread.ts';
import type { ToolDimension } from './store/search/facets.ts';
import type { AlternativeRow, ToolRow } from './store/tables.ts';
import { createToolStore } from './store/tool-store.ts';

export function createStores(db: ToolsStoreDb, peers: Peers = trustingPeers, options: { search?: SearchThreadOptions } = {}) {
  const tools = createToolStore(db);
  /**
   * Tool search and product matching for the resolvers: on SQLite off the request thread with its own
   * in-memory index (store/search-thread.ts), on PostgreSQL the database's own search (no per-process state).
   */
  const search: SearchThread = isPostgres(db) ? createPgSearchService(db) : createSearchThread(db, options.search);
  return {
    tools,
    search,
    products: createProductStore(db),
    alternatives: createAlternativeStore(db),
    categories: createCategoryStore(db),
    curation: createToolsCuration(db, peers),
    reports: createReportStore(db),
  };
}
export type Stores = ReturnType<typeof createStores>;

export function createLoaders(stores: Stores) {
  return {
    tool: createRowLoader((ids) => stores.tools.byIds(ids)),
    product: createRowLoader((ids) => stores.products.byIds(ids)),
    category: createRowLoader((ids) => stores.categories.byIds(ids)),
    aliases: createMapLoader((ids: readonly string[]) => stores.products.aliasesByProductIds(ids), [] as string[]),
    replaces: createMapLoader((ids: readonly string[]) => stores.alternatives.byToolIds(ids), [] as AlternativeRow[]),
    alternatives: createMapLoader((ids: readonly string[]) => stores.alternatives.byProductIds(ids), []),
    /** Revisions per entry id, for each curated type. */
    history: createLoaderFamily((type: keyof Stores['curation']) =>
      createMapLoader((ids: readonly string[]) => stores.curation[type].history(ids), [] as RevisionRow[]),
    ),
    curatedTools: createMapLoader((ids: readonly string[]) => stores.tools.toolsByCurator(ids), [] as ToolRow[]),
    archivedCuratedTools: createMapLoader((ids: readonly string[]) => stores.tools.toolsByCurator(ids, 'ARCHIVED'), [] as ToolRow[]),
    /** The values of one dimension (sector, standard ...) per tool id. */
    values: createLoaderFamily((dimension: ToolDimension) =>
      createMapLoader((ids: readonly string[]) => stores.tools.valuesByToolIds(dimension, ids), [] as string[]),
    ),
    /** The published tools' ids per value of one dimension (the tools implementing a standard ...); rows via `tool`. */
    toolIdsWith: createLoaderFamily((dimension: ToolDimension) =>
      createMapLoader((values: readonly string[]) => stores.tools.toolIdsByValues(dimension, values), [] as string[]),
    ),
    /** The archived tools per value of one dimension, for pages that name them instead of dropping them. */
    archivedToolsWith: createLoaderFamily((dimension: ToolDimension) =>
      createMapLoader((values: readonly string[]) => stores.tools.archivedToolsByValues(dimension, values), [] as ToolRow[]),
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
