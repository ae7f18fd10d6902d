/**
 * Entry of the tools search thread (started by search-thread.ts): its own read-only connection to the
 * tools database and so its own in-memory catalogue index and text caches. Each request runs in a
 * fresh read transaction that first replays tools_search_changes, so a search sent after a write was
 * acknowledged sees that write.
 */
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { openDatabase } from '@edu-catalogus/kit/data';
import { serveWorkerRequests, type WorkerGate } from '@edu-catalogus/kit/search';
import { catalogueIndexOf } from './search/catalogue-index.ts';
import { createSearchRequests, type SearchRequest } from './search-requests.ts';
import * as tables from './tables.ts';
import type { ToolsDb } from './tables.ts';

export interface SearchWorkerData {
  file: string;
  gate?: WorkerGate;
}

const { file, gate } = workerData as SearchWorkerData;
const db: ToolsDb = openDatabase({ file, schema: tables, migrationsFolder: path.join(import.meta.dirname, '../../drizzle'), readonly: true });
// Load the index now, not on the first search (about a second at 100k tools).
catalogueIndexOf(db.$client).refresh(db);
serveWorkerRequests<SearchRequest>(createSearchRequests(db).answer, gate);
