/**
 * Composes the registry's subgraphs (their full SDL: kit's shared value types and their own) into the
 * supergraph with @theguild/federation-composition (MIT), and writes the manifest that processes which
 * must stay light (gateway, supervisor) read instead of loading every subgraph's code.
 */
import path from 'node:path';
import type { SubgraphDefinition } from '@edu-catalogus/kit/subgraph';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import type { ManifestEntry } from './index.ts';
import { subgraphs } from './registry.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export class CompositionError extends Error {}

/** The URL `npm start` serves a subgraph on by default. */
export const defaultUrl = (def: Pick<SubgraphDefinition, 'defaultPort'>) => `http://localhost:${def.defaultPort}/graphql`;

/** A registry subgraph's full SDL, by name. */
export function readSubgraphSdl(name: string, list: readonly SubgraphDefinition[] = subgraphs): string {
  const def = list.find((d) => d.name === name);
  if (!def) throw new Error(`No subgraph "${name}" in the registry.`);
  return def.typeDefs;
}

/** Returns the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(list: readonly SubgraphDefinition[] = subgraphs): string {
  const result = composeServices(list.map((def) => ({ name: def.name, url: defaultUrl(def), typeDefs: parse(def.typeDefs) })));
  if (compositionHasErrors(result)) {
    throw new CompositionError(`Composition failed:\n  ${result.errors.map((e) => e.message).join('\n  ')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** What the gateway and the supervisor need to know of each subgraph, in the registry's order. */
export function composeManifest(list: readonly SubgraphDefinition[] = subgraphs): string {
  const entries: ManifestEntry[] = list.map((def) => ({
    name: def.name,
    url: defaultUrl(def),
    portVariable: def.portVariable,
    defaultPort: def.defaultPort,
    databaseName: def.databaseName,
    entry: path.relative(repoRoot, def.entry),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
