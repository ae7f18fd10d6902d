/**
 * Trusted documents: a directory of `<sha256 hex of the text>.graphql` files, loaded once at start.
 * A portal sends `documentId` (or Apollo's `persistedQuery.sha256Hash`) instead of the query text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RefusalCode } from './refusal.ts';

const refusalOptions = (message: string, code: RefusalCode, status: number) => ({ message, extensions: { code, http: { status } } });

export class PersistedDocumentsError extends Error {}

export const documentHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads `<hash>.graphql` files; a name that is not the hash of its content stops start-up. */
export function loadPersistedDocuments(dir: string): Map<string, string> {
  const documents = new Map<string, string>();
  if (!existsSync(dir)) return documents;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const hash = path.basename(file, '.graphql');
    if (documentHash(text) !== hash) {
      throw new PersistedDocumentsError(`${path.join(dir, file)}: the name must be the sha256 of the file's content (${documentHash(text)})`);
    }
    documents.set(hash, text);
  }
  return documents;
}

/** Hive Gateway's `persistedDocuments` option over the loaded store. */
export function persistedDocumentsOptions(documents: Map<string, string>, onlyForAnonymous: boolean) {
  return {
    getPersistedOperation: (id: string) => documents.get(id.replace(/^sha256:/, '')) ?? null,
    // Signed-in curators write their own queries; anonymous traffic may be held to the registered ones.
    allowArbitraryDocuments: (request: Request) => !onlyForAnonymous || request.headers.has('authorization'),
    customErrors: {
      notFound: refusalOptions('No document is registered under that documentId.', 'PERSISTED_QUERY_NOT_FOUND', 400),
      persistedQueryOnly: refusalOptions('Anonymous requests must send the documentId of a registered document.', 'PERSISTED_QUERY_ONLY', 403),
      keyNotFound: refusalOptions('Send a query or the documentId of a registered document.', 'PERSISTED_QUERY_ID_REQUIRED', 400),
    },
  };
}
