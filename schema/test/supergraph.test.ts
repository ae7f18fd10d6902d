import { parse } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { describe, expect, it } from 'vitest';
import { composeManifest, composeSupergraph, readSubgraphSdl } from '../src/compose.ts';
import { readManifest, readSupergraph, SUBGRAPHS } from '../src/index.ts';

describe('the committed supergraph', () => {
  it('equals a fresh composition of the subgraph SDLs (run `npm run compose` after a schema change)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('has a manifest equal to a fresh one from the registry (run `npm run compose` after changing the registry)', () => {
    expect(readManifest()).toBe(composeManifest());
  });

  it('joins the three subgraphs at their default URLs', () => {
    const supergraph = readSupergraph();
    for (const { name, url } of SUBGRAPHS) expect(supergraph).toContain(`name: "${name}", url: "${url}"`);
  });

  it('reports composition errors instead of writing a broken supergraph', () => {
    // Two subgraphs declaring the same value type without @shareable cannot compose.
    const broken = readSubgraphSdl('facilities').replace('type LocalizedText @shareable {', 'type LocalizedText {');
    const result = composeServices([
      { name: 'tools', typeDefs: parse(readSubgraphSdl('tools')) },
      { name: 'facilities', typeDefs: parse(broken) },
    ]);
    expect(compositionHasErrors(result)).toBe(true);
  });
});
