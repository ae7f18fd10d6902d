/**
 * Property tests of tool search on a synthetic catalogue (the real seeds + 300 generated tools):
 * filtered results equal a brute-force filter, facet counts equal brute-force counts, and paging
 * visits every result exactly once, in order, whatever the filter, order and page size.
 */
import fc from 'fast-check';
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { isOsiApproved } from '@edu-catalogus/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCatalogue } from '../bench/synthetic.ts';
import { createStores } from '../src/context.ts';
import { createToolSearch, type ToolSearch } from '../src/store/tool-store.ts';
import { TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from '../src/store/search/facets.ts';
import type { ToolOrder } from '../src/store/search/pages.ts';
import type { ToolsDb } from '../src/store/tables.ts';
import { definition } from '../src/definition.ts';

const { open: openToolsDatabase } = definition;

let db: ToolsDb;
let toolSearch: ToolSearch;
/** What the brute force knows: every published tool with its facet values, name and update time. */
let catalogue: { id: string; name: string; updatedAt: string; osi: boolean; values: Map<string, Set<string>> }[];
let valuesByDimension: Map<ToolDimension, string[]>;

const SEARCHES = [null, 'video', 'samenwerken', 'fotobewerking', 'leerlingen', 'moodle', 'chat', 'wiskunde'];

beforeAll(async () => {
  db = openToolsDatabase(':memory:');
  await writeSyntheticCatalogue(db, 300, 42);
  createStores(db);
  toolSearch = createToolSearch(db);
  const tools = db.$client.prepare(`SELECT id, name, updated_at AS updatedAt, license_osi_approved AS osi FROM tools WHERE status = 'PUBLISHED'`).all() as {
    id: string;
    name: string;
    updatedAt: string;
    osi: number;
  }[];
  const facets = db.$client.prepare('SELECT tool_id AS toolId, dimension, value FROM tool_facets').all() as {
    toolId: string;
    dimension: string;
    value: string;
  }[];
  const byTool = new Map(tools.map((t) => [t.id, { ...t, osi: t.osi === 1, values: new Map<string, Set<string>>() }]));
  valuesByDimension = new Map(TOOL_DIMENSIONS.map((d) => [d, []]));
  for (const f of facets) {
    const tool = byTool.get(f.toolId);
    if (!tool) continue;
    if (!tool.values.has(f.dimension)) tool.values.set(f.dimension, new Set());
    tool.values.get(f.dimension)!.add(f.value);
    const known = valuesByDimension.get(f.dimension as ToolDimension)!;
    if (!known.includes(f.value) && (f.dimension !== 'license' || isOsiApproved(f.value))) known.push(f.value);
  }
  catalogue = [...byTool.values()];
}, 120_000);

/** Brute force: does `tool` pass `filter` (ignoring `except`)? OR within a dimension, AND across. */
function passes(tool: (typeof catalogue)[number], filter: ToolFilter, except?: ToolDimension): boolean {
  return TOOL_DIMENSIONS.every((d) => {
    const wanted = filter[d];
    if (d === except || wanted == null) return true;
    if (d === 'license' && !tool.osi) return false;
    return wanted.some((v) => tool.values.get(d)?.has(v));
  });
}

function allPages(query: { search: string | null; filter: ToolFilter; orderBy?: ToolOrder }, first = 100): string[] {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page = toolSearch.search({ ...query, first, after });
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

const filterArb = () =>
  fc
    .subarray(
      TOOL_DIMENSIONS.filter((d) => valuesByDimension.get(d)!.length > 0),
      { minLength: 0, maxLength: 3 },
    )
    .chain(
      (dims) =>
        fc.record(
          Object.fromEntries(
            dims.map((d) => [d, fc.subarray(valuesByDimension.get(d)!, { minLength: 1, maxLength: Math.min(3, valuesByDimension.get(d)!.length) })]),
          ),
        ) as fc.Arbitrary<ToolFilter>,
    );

describe('tool search properties', () => {
  it('returns exactly the tools a brute-force filter keeps, within the search hits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEARCHES), filterArb(), (search, filter) => {
        const hits = new Set(allPages({ search, filter: {} }));
        const expected = catalogue
          .filter((t) => hits.has(t.id) && passes(t, filter))
          .map((t) => t.id)
          .sort();
        const page = toolSearch.search({ search, filter, first: 1 });
        expect(page.totalCount).toBe(expected.length);
        expect(allPages({ search, filter }).sort()).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("counts facets as a brute force does, without a dimension's own filter", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEARCHES), filterArb(), (search, filter) => {
        const hits = new Set(allPages({ search, filter: {} }));
        const facets = toolSearch.search({ search, filter, first: 1 }).facets();
        expect(facets.map((f) => f.dimension)).toEqual([...TOOL_DIMENSIONS]);
        for (const facet of facets) {
          const scope = catalogue.filter((t) => hits.has(t.id) && passes(t, filter, facet.dimension));
          const expected = new Map<string, number>();
          for (const t of scope) {
            for (const v of t.values.get(facet.dimension) ?? []) {
              if (facet.dimension === 'license' && !(t.osi && isOsiApproved(v))) continue;
              expected.set(v, (expected.get(v) ?? 0) + 1);
            }
          }
          for (const v of filter[facet.dimension] ?? []) if (!expected.has(v)) expected.set(v, 0);
          expect(new Map(facet.values.map((v) => [v.value, v.count]))).toEqual(expected);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('pages through every result exactly once, in order, in every order and page size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEARCHES),
        filterArb(),
        fc.constantFrom<ToolOrder>('RELEVANCE', 'NAME', 'UPDATED'),
        fc.integer({ min: 1, max: 40 }),
        (search, filter, orderBy, first) => {
          const all = allPages({ search, filter, orderBy });
          const paged = allPages({ search, filter, orderBy }, first);
          expect(paged).toEqual(all);
          expect(new Set(paged).size).toBe(paged.length);
          const byId = new Map(catalogue.map((t) => [t.id, t]));
          const key = (id: string) => byId.get(id)!;
          const effective = search ? orderBy : orderBy === 'UPDATED' ? 'UPDATED' : 'NAME';
          if (effective === 'NAME') expect(paged).toEqual([...paged].sort((a, b) => cmp([normalizeText(key(a).name), a], [normalizeText(key(b).name), b])));
          if (effective === 'UPDATED') expect(paged).toEqual([...paged].sort((a, b) => cmp([key(b).updatedAt], [key(a).updatedAt]) || cmp([a], [b])));
        },
      ),
      { numRuns: 40 },
    );
  });
});

function cmp(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
