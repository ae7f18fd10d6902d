/**
 * Entry of the tools search thread (started by search-thread.ts): its own read-only connection to the
 * tools database and so its own in-memory catalogue index and text caches. Each request runs in a
 * fresh read transaction that first replays tools_search_changes, so a search sent after a write was
 * acknowledged sees that write. Answers `{ id, result }` or `{ id, error }`, one request at a time.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '@edu-catalogus/kit/runtime';
import { openDatabase } from '@edu-catalogus/kit/data';
import { catalogueIndexOf } from './search/catalogue-index.ts';
import { createSearchRequests, type SearchRequest } from './search-requests.ts';
import * as tables from './tables.ts';
import type { ToolsDb } from './tables.ts';

export interface SearchWorkerData {
  file: string;
  /** Test gate (SharedArrayBuffer): each request adds 1 to [1], then waits while [0] is 0. */
  gate?: Int32Array;
}

export interface SerializedError {
  code: string | null;
  message: string;
  extensions: Record<string, unknown>;
}

const { file, gate } = workerData as SearchWorkerData;
const db: ToolsDb = openDatabase({ file, schema: tables, migrationsFolder: path.join(import.meta.dirname, '../../drizzle'), readonly: true });
// Load the index now, not on the first search (about a second at 100k tools).
catalogueIndexOf(db.$client).refresh(db);
const requests = createSearchRequests(db);

parentPort!.on('message', ({ id, message }: { id: number; message: SearchRequest }) => {
  if (gate) {
    Atomics.add(gate, 1, 1);
    Atomics.notify(gate, 1);
    Atomics.wait(gate, 0, 0);
  }
  try {
    parentPort!.postMessage({ id, result: requests.answer(message) });
  } catch (error) {
    const domain = error instanceof DomainError;
    const serialized: SerializedError = {
      code: domain ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
      extensions: domain ? error.extensions : {},
    };
    parentPort!.postMessage({ id, error: serialized });
  }
});
parentPort!.postMessage({ ready: true });
