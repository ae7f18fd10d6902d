/**
 * The composed graph for processes that must stay light (the gateway, the supervisor, the web's tests):
 * the committed supergraph and the subgraph manifest, both written by `npm run compose` from the registry
 * (src/registry.ts; composing: src/compose.ts) and drift-tested. Importing this loads no subgraph code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestEntry {
  name: string;
  /** Where `npm start` serves it by default. */
  url: string;
  portVariable: string;
  defaultPort: number;
  databaseName: string;
  /** Its process entry (`services/<name>/src/main.ts`), relative to the repository root. */
  entry: string;
}

export const SUPERGRAPH_FILE = path.resolve(import.meta.dirname, '../supergraph.graphql');
export const MANIFEST_FILE = path.resolve(import.meta.dirname, '../subgraphs.json');

/** The subgraphs in the supergraph, in the registry's order, with the URLs `npm start` serves them on. */
export const SUBGRAPHS: readonly ManifestEntry[] = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));

export type SubgraphName = string;

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}

export function readManifest(): string {
  return readFileSync(MANIFEST_FILE, 'utf8');
}
