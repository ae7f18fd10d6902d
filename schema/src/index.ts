/** Composes the three subgraph SDLs into a supergraph with @theguild/federation-composition (MIT). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';

const servicesDir = path.resolve(import.meta.dirname, '../../services');

/** The subgraphs in the supergraph, with the URLs `npm start` serves them on. */
export const SUBGRAPHS = [
  { name: 'tools', url: 'http://localhost:4001/graphql' },
  { name: 'facilities', url: 'http://localhost:4002/graphql' },
  { name: 'standards', url: 'http://localhost:4003/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUPERGRAPH_FILE = path.resolve(import.meta.dirname, '../supergraph.graphql');

export function readSubgraphSdl(name: SubgraphName): string {
  return readFileSync(path.join(servicesDir, name, 'src/schema.graphql'), 'utf8');
}

export class CompositionError extends Error {}

/** Returns the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(SUBGRAPHS.map(({ name, url }) => ({ name, url, typeDefs: parse(readSubgraphSdl(name)) })));
  if (compositionHasErrors(result)) {
    throw new CompositionError(`Composition failed:\n  ${result.errors.map((e) => e.message).join('\n  ')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
