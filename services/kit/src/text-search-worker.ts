/**
 * Entry of a small catalogue's text-search thread (started by rebuilt-text-search.ts): its own
 * connection to the subgraph's database (migrated by the main connection), the spec imported from
 * the subgraph's module; builds the index before it says it is ready, then resolves searches in order.
 */
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createSyncedTextIndex, type RebuiltTextSearchSpec, type TextSearchWorkerData } from './rebuilt-text-search.ts';
import { serveWorkerRequests } from './worker-thread.ts';

const { file, module, name } = workerData as TextSearchWorkerData;
const spec = (await import(module))[name] as RebuiltTextSearchSpec;
const sqlite = new Database(file);
sqlite.pragma('busy_timeout = 5000');
const index = createSyncedTextIndex(drizzle(sqlite), spec);
index.sync();
serveWorkerRequests<string>((text) => index.resolve(text));
