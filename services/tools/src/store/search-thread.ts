/**
 * Tool search off the request thread. A search over 10k+ tools with 16 words and facets can take
 * tens to hundreds of milliseconds of FTS5 and ranking; run on the subgraph's only thread it would
 * stall every other request. So `tools(search:)`, its facets and product matching run in one worker
 * thread (kit's worker-thread.ts, entry search-worker.ts) with its own read-only connection, while
 * the main thread keeps serving tool pages and writes. The worker starts at once and loads its index
 * (seconds under tsx on a busy machine); until it is ready, and after a crash, searches run in-thread.
 */
import { createWorkerThread, registerBackgroundWork } from '@edu-catalogus/kit/search';
import type { ProductMatch } from './search/product-match.ts';
import { createSearchRequests, type SearchRequest, type ToolsPage, type ToolsRequest } from './search-requests.ts';
import type { SearchWorkerData } from './search-worker.ts';
import type { ToolsDb } from './tables.ts';

export interface SearchThread {
  tools(request: ToolsRequest): Promise<ToolsPage>;
  matchProduct(text: string): Promise<ProductMatch>;
  /** Whether searches run in a worker thread (false for `:memory:`). */
  readonly offThread: boolean;
  /** Settles when the worker is ready to take searches (at once in-thread). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface SearchThreadOptions {
  /** Test gate, see kit's WorkerGate. */
  gate?: Int32Array;
}

const ENTRY = new URL('./search-worker.ts', import.meta.url).href;

export function createSearchThread(db: ToolsDb, { gate }: SearchThreadOptions = {}): SearchThread {
  const data: SearchWorkerData | null = db.$client.memory ? null : { file: db.$client.name, ...(gate ? { gate } : {}) };
  const thread = createWorkerThread<SearchRequest, ToolsPage | ProductMatch, SearchWorkerData>({
    entry: ENTRY,
    data,
    local: () => createSearchRequests(db).answer,
  });
  // The subgraph reports ready once the worker has loaded its index.
  registerBackgroundWork(db.$client, thread);
  return {
    offThread: thread.offThread,
    ready: thread.ready,
    tools: (request) => thread.request({ kind: 'tools', request }) as Promise<ToolsPage>,
    matchProduct: (text) => thread.request({ kind: 'matchProduct', text }) as Promise<ProductMatch>,
    close: () => thread.close(),
  };
}
