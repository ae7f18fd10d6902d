/**
 * Tool search off the request thread. A search over 10k+ tools with 16 words and facets can take
 * tens to hundreds of milliseconds of FTS5 and ranking; run on the subgraph's only thread it would
 * stall every other request. So `tools(search:)`, its facets and product matching run in one worker
 * thread (search-worker.ts) with its own read-only connection, while the main thread keeps serving
 * tool pages and writes. Requests queue in order. The worker starts at once and loads its index
 * (seconds under tsx on a busy machine); until it says it is ready, and after it crashed until a new
 * one is, searches run in-thread as before, so a start never makes a search wait. It does not keep
 * the process alive when idle. A `:memory:` database cannot be shared with another connection, so
 * there every request runs in-thread (unit tests).
 */
import { Worker } from 'node:worker_threads';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthenticatedError, type DomainError } from '@edu-catalogus/kit/runtime';
import type { ProductMatch } from './search/product-match.ts';
import { createSearchRequests, type SearchRequest, type ToolsPage, type ToolsRequest } from './search-requests.ts';
import type { SearchWorkerData, SerializedError } from './search-worker.ts';
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
  /** Test gate, see SearchWorkerData. */
  gate?: Int32Array;
}

/** Loads the worker's TypeScript through tsx, as the process itself is (`node --import tsx`). */
const bootstrap = (entry: string) => `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
const ENTRY = new URL('./search-worker.ts', import.meta.url).href;

const DOMAIN_ERRORS: Record<string, new (message: string, extensions?: Record<string, unknown>) => DomainError> = {
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
};

/** The worker's error as the class it was, so formatError maps it to the same code (unknown ones stay masked). */
function revive({ code, message, extensions }: SerializedError): Error {
  if (code === 'BAD_USER_INPUT') {
    const { field, ...rest } = extensions;
    return new InputError(String(field), message, rest);
  }
  const Domain = code ? DOMAIN_ERRORS[code] : undefined;
  return Domain ? new Domain(message, extensions) : new Error(`search thread: ${message}`);
}

function inThread(db: ToolsDb): SearchThread {
  const requests = createSearchRequests(db);
  return {
    offThread: false,
    ready: Promise.resolve(),
    tools: async (request) => requests.tools(request),
    matchProduct: async (text) => requests.matchProduct(text),
    close: async () => {},
  };
}

export function createSearchThread(db: ToolsDb, { gate }: SearchThreadOptions = {}): SearchThread {
  if (db.$client.memory) return inThread(db);
  const data: SearchWorkerData = { file: db.$client.name, ...(gate ? { gate } : {}) };
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let local: ReturnType<typeof createSearchRequests> | null = null;
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;
  let nextId = 0;
  let announceReady: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (announceReady = resolve));

  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = null;
    ready = false;
  };
  const start = () => {
    const started = new Worker(bootstrap(ENTRY), { eval: true, workerData: data });
    started.unref();
    started.on('message', (reply: { id?: number; ready?: true; result?: unknown; error?: SerializedError }) => {
      if (reply.ready) {
        ready = worker === started;
        return announceReady();
      }
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id!);
      if (reply.error) waiting.reject(revive(reply.error));
      else waiting.resolve(reply.result);
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => fail(error));
    started.on('exit', (code) => worker === started && fail(new Error(`search thread exited with ${code}`)));
    return started;
  };
  worker = start();
  const send = async <T>(message: SearchRequest): Promise<T> => {
    if (!closed) worker ??= start();
    if (!ready || !worker) {
      local ??= createSearchRequests(db);
      return local.answer(message) as T;
    }
    const running = worker;
    return new Promise<T>((resolve, reject) => {
      running.ref();
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      running.postMessage({ id, message });
    });
  };

  return {
    offThread: true,
    ready: whenReady,
    tools: (request) => send<ToolsPage>({ kind: 'tools', request }),
    matchProduct: (text) => send<ProductMatch>({ kind: 'matchProduct', text }),
    close: async () => {
      const running = worker;
      closed = true;
      worker = null;
      fail(new Error('search thread closed'));
      await running?.terminate();
    },
  };
}
