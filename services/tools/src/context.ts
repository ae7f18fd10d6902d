/** Per-request context of the tools subgraph: the stores and request-scoped batching loaders. */
import { createLoaderFamily, createMapLoader, createRowLoader, trustingPeers, type Peers } from '@edu-catalogus/kit';
import { createReportStore, type RevisionRow } from '@edu-catalogus/kit/curation';
import { createToolsCuration } from './curation/adapters.ts';
import type { Identity } from '@edu-catalogus/kit';
import { createCategoryStore } from './db/category-store.ts';
import type { ToolDimension } from './db/facets.ts';
import { createProductStore } from './db/product-store.ts';
import type { AlternativeRow, ToolRow } from './db/schema.ts';
import { createToolStore, type ToolsDb } from './db/tool-store.ts';

export function createStores(db: ToolsDb, peers: Peers = trustingPeers) {
  return {
    tools: createToolStore(db),
    products: createProductStore(db),
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
    replaces: createMapLoader((ids: readonly string[]) => stores.products.alternativesByToolIds(ids), [] as AlternativeRow[]),
    alternatives: createMapLoader((ids: readonly string[]) => stores.products.alternativesByProductIds(ids), []),
    /** Revisions per entry id, for each curated type. */
    history: createLoaderFamily((type: keyof Stores['curation']) =>
      createMapLoader((ids: readonly string[]) => stores.curation[type].history(ids), [] as RevisionRow[]),
    ),
    curatedTools: createMapLoader((ids: readonly string[]) => stores.tools.toolsByCurator(ids), [] as ToolRow[]),
    /** The values of one dimension (sector, standard ...) per tool id. */
    values: createLoaderFamily((dimension: ToolDimension) =>
      createMapLoader((ids: readonly string[]) => stores.tools.valuesByToolIds(dimension, ids), [] as string[]),
    ),
    /** The published tools per value of one dimension (the tools implementing a standard ...). */
    toolsWith: createLoaderFamily((dimension: ToolDimension) =>
      createMapLoader((values: readonly string[]) => stores.tools.toolsByValues(dimension, values), [] as ToolRow[]),
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
