/**
 * `tools(search, filter, orderBy, first, after)` on PostgreSQL: the same query and page as
 * catalogue-search.ts, answered by the database every replica shares instead of a per-process index.
 * The text query is pg-text-query.ts's; ranking is ts_rank_cd with the column weights of the SQLite bm25
 * (name, replaced products, categories/features/summary, description); filters, the exact count,
 * disjunctive facet counts and keyset pages are SQL over `tool_facets`, so they are right whichever
 * replica wrote last. Asynchronous, unlike the SQLite search: the caller awaits the page.
 */
import { checkFreeText, encodeCursor, pageSize } from '@edu-catalogus/kit/runtime';
import { changedSinceIso } from '@edu-catalogus/kit/data';
import { isOsiApproved } from '@edu-catalogus/seeds';
import { type SQL, sql } from 'drizzle-orm';
import type { CatalogueQuery } from './catalogue-search.ts';
import type { FacetCount } from './facet-counts.ts';
import { checkToolFilter, TOOL_DIMENSIONS, type ToolDimension, type ToolFilter } from './facets.ts';
import { type Position, parseAfter, type ToolOrder } from './pages.ts';
import type { PgSearchDb } from './pg-documents.ts';
import { createPgTextQuery } from './pg-text-query.ts';

/** Rank weights {D, C, B, A}: description 1, categories/features/summary 3.5, products 6, name 10, as the bm25 weights. */
const WEIGHTS = sql.raw(`'{0.1, 0.35, 0.6, 1.0}'::float4[]`);
/**
 * Cover density (ts_rank_cd: how close together the matched words stand), divided by 1 + log(document
 * length) (normalisation 1), so a long description does not win by size. Chosen over ts_rank on the whole
 * relevance suite (docs/postgresql.md): 27 of 27 top-5 cases and 90 of 95 school queries, against 26 and 88.
 */
const NORMALIZATION = 1;

export interface PgCataloguePage<Row> {
  totalCount: number;
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when asked for (GraphQL's default resolver calls it), on the same search and filters. */
  facets: () => Promise<FacetCount[]>;
}

const jsonList = (values: readonly string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** The tool `h` has any of `values` in `dimension` (a licence counts only when the tool's licence as a whole is OSI-approved). */
function hasAny(dimension: ToolDimension, values: readonly string[]): SQL {
  const osi = dimension === 'license' ? sql` AND h.license_osi_approved` : sql``;
  return sql`(EXISTS (SELECT 1 FROM tool_facets f WHERE f.tool_id = h.id AND f.dimension = ${dimension} AND f.value IN ${jsonList(values)})${osi})`;
}

/** The facet dimensions the filter names; `filter.id` is not one (it narrows the hits themselves, in `search`). */
const filtersOf = (filter: ToolFilter | null | undefined) =>
  (Object.entries(filter ?? {}) as [ToolDimension | 'id', readonly string[] | null][]).filter(
    (e): e is [ToolDimension, readonly string[]] => e[0] !== 'id' && e[1] != null,
  );

function keyset(order: ToolOrder, after: Position | null): SQL {
  if (!after) return sql`TRUE`;
  if (order === 'UPDATED') return sql`(h.updated_at < ${after[0]} OR (h.updated_at = ${after[0]} AND h.id COLLATE "C" > ${after[1]}))`;
  if (order === 'NAME') return sql`(h.name_key COLLATE "C", h.id COLLATE "C") > (${after[0]}, ${after[1]})`;
  return sql`(h.neg_score, h.name_key COLLATE "C", h.id COLLATE "C") > (${after[0]}::float8, ${after[1]}, ${after[2]})`;
}

const ORDER_BY: Record<ToolOrder, SQL> = {
  RELEVANCE: sql`h.neg_score, h.name_key COLLATE "C", h.id COLLATE "C"`,
  NAME: sql`h.name_key COLLATE "C", h.id COLLATE "C"`,
  UPDATED: sql`h.updated_at DESC, h.id COLLATE "C"`,
};

type HitRow = {
  id: string;
  name_key: string;
  updated_at: string;
  neg_score: number;
};

const positionOf = (order: ToolOrder, row: HitRow): Position =>
  order === 'UPDATED' ? [row.updated_at, row.id] : order === 'NAME' ? [row.name_key, row.id] : [row.neg_score, row.name_key, row.id];

export function createPgCatalogueSearch(db: PgSearchDb) {
  const text = createPgTextQuery(db);

  async function countFacets(hits: SQL, filters: [ToolDimension, readonly string[]][], selected: ToolFilter | null | undefined) {
    // Disjunctive: a facet row of dimension X needs every filter but X's own.
    const others = filters.map(([dimension, values]) => sql`(f.dimension = ${dimension} OR ${hasAny(dimension, values)})`);
    const { rows } = await db.execute<{ dimension: ToolDimension; value: string; count: number }>(sql`
      WITH h AS (${hits})
      SELECT f.dimension, f.value, count(*)::int AS count FROM h JOIN tool_facets f ON f.tool_id = h.id
      WHERE (f.dimension <> 'license' OR h.license_osi_approved) AND ${sql.join([sql`TRUE`, ...others], sql` AND `)}
      GROUP BY f.dimension, f.value`);
    return TOOL_DIMENSIONS.map((dimension): FacetCount => {
      const counts = new Map<string, number>();
      for (const row of rows) if (row.dimension === dimension && (dimension !== 'license' || isOsiApproved(row.value))) counts.set(row.value, row.count);
      for (const value of selected?.[dimension] ?? []) if (!counts.has(value)) counts.set(value, 0);
      const values = [...counts].map(([value, count]) => ({ value, count }));
      values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      return { dimension, values };
    });
  }

  return {
    /** One page of `query`; `rowsOf` reads the rows of the page's tool ids. */
    async search<Row>(query: CatalogueQuery, rowsOf: (toolIds: string[]) => Promise<Map<string, Row>> | Map<string, Row>): Promise<PgCataloguePage<Row>> {
      const first = pageSize(query.first, 20);
      checkToolFilter(query.filter);
      checkFreeText('search', query.search);
      const found = await text.resolve(query.search);
      const order: ToolOrder = found ? (query.orderBy ?? 'RELEVANCE') : query.orderBy === 'UPDATED' ? 'UPDATED' : 'NAME';
      const after = parseAfter(order, query.after);
      const since = changedSinceIso(query.changedSince);
      const ids = query.filter?.id ?? null;
      const score = found ? sql`-ts_rank_cd(${WEIGHTS}, d.document, ${found.query}, ${NORMALIZATION})::float8` : sql`0::float8`;
      const hits = sql`
        SELECT t.id, d.name_key, t.updated_at, t.license_osi_approved, ${score} AS neg_score
        FROM tools t JOIN tool_search_documents d ON d.tool_id = t.id
        WHERE t.status = 'PUBLISHED' AND ${found ? sql`d.document @@ (${found.query})` : sql`TRUE`} AND ${since ? sql`t.updated_at >= ${since}` : sql`TRUE`}
          AND ${ids ? sql`t.id IN ${jsonList(ids)}` : sql`TRUE`}`;
      const filters = filtersOf(query.filter);
      const filtered = sql.join([sql`TRUE`, ...filters.map(([dimension, values]) => hasAny(dimension, values))], sql` AND `);
      const [{ rows: counted }, { rows: page }] = await Promise.all([
        db.execute<{ n: number }>(sql`WITH h AS (${hits}) SELECT count(*)::int AS n FROM h WHERE ${filtered}`),
        db.execute<HitRow>(sql`WITH h AS (${hits}) SELECT h.id, h.name_key, h.updated_at, h.neg_score FROM h
          WHERE ${filtered} AND ${keyset(order, after)} ORDER BY ${ORDER_BY[order]} LIMIT ${first + 1}`),
      ]);
      const shown = page.slice(0, first);
      const rows = await rowsOf(shown.map((row) => row.id));
      const edges = shown.map((row) => ({ cursor: encodeCursor(positionOf(order, row)), node: rows.get(row.id)! }));
      let facets: Promise<FacetCount[]> | undefined;
      return {
        totalCount: counted[0]?.n ?? 0,
        edges,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        facets: () => (facets ??= countFacets(hits, filters, query.filter)),
      };
    },
  };
}
export type PgCatalogueSearch = ReturnType<typeof createPgCatalogueSearch>;
