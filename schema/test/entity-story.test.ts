/**
 * The story of a curated entity (SDL → resolver → store → table → curation → seed) fits in at most 6 files, by the
 * layout's rule: for every entity a subgraph curates (its SDL has `<Entity>Entry`), its story is
 * `src/schema.graphql`, `src/resolvers/<Entity>.ts`, `src/store/<entity>-store.ts`, `src/store/tables.ts` and every
 * file of `src/curation/` (what curators write with its workflow, `adapters.ts`, and the seed step, `seed.ts`). `src/store/search/` serves the store and
 * is reached only through it, so it is part of the store's chapter, not a file of the story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../src/registry.ts';

const MAX_STORY_FILES = 6;
const serviceDir = (def: { entry: string }) => path.resolve(path.dirname(def.entry), '..');
const kebab = (pascal: string) => pascal.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);

/** Each curated entity of a subgraph with the files of its story, relative to the subgraph's folder. */
function stories(dir: string): { entity: string; files: string[] }[] {
  const sdl = readFileSync(path.join(dir, 'src/schema.graphql'), 'utf8');
  const curation = readdirSync(path.join(dir, 'src/curation'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/curation/${f}`);
  return [...sdl.matchAll(/^type ([A-Z]\w*)Entry\b/gm)].map(([, entity]) => ({
    entity: entity!,
    files: ['src/schema.graphql', `src/resolvers/${entity}.ts`, `src/store/${kebab(entity!)}-store.ts`, 'src/store/tables.ts', ...curation],
  }));
}

describe('the story of each entity', () => {
  it.each(subgraphs.map((def) => [def.name, serviceDir(def)] as const))('is at most 6 files in %s, each of which exists', (name, dir) => {
    const found = stories(dir);
    expect(found.length, `${name} curates entities`).toBeGreaterThan(0);
    const sdl = readFileSync(path.join(dir, 'src/schema.graphql'), 'utf8');
    for (const { entity, files } of found) {
      expect({ entity, missing: files.filter((f) => !existsSync(path.join(dir, f))) }).toEqual({ entity, missing: [] });
      expect(sdl, `${name}: ${entity} is a type of its SDL`).toMatch(new RegExp(`^type ${entity}[ {]`, 'm'));
      expect(files.length, `${name}: the story of ${entity} is ${files.join(', ')}`).toBeLessThanOrEqual(MAX_STORY_FILES);
    }
  });
});
