/**
 * Search results ordered by usage ("meest gebruikt door scholen"), composed by the site: first the
 * matching tools that schools use, most used first, then the other matching tools in the search's own
 * order. The used tools come from the uptake walk (uptake.ts) and are matched against the search with
 * `filter.id`; the rest is the API's keyset page with those tools left out. The cursor says which part
 * a page continues: `u:<offset>` in the used tools, `r:<API cursor>` in the rest.
 */
import type { GatewayClient } from './client.ts';
import { documents } from './documents.ts';
import type { ToolCard } from './types.ts';
import type { Uptake } from './uptake.ts';

/** The used tools a search looks at: the most used ones, as many as one API page holds. */
const MAX_USED = 100;

export interface ComposedPage {
  edges: { node: ToolCard }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface UsageQuery {
  search: string | null;
  filter: Record<string, string[]> | null;
  after: string | undefined;
  pageSize: number;
}

export async function usageOrderedPage(gateway: GatewayClient, query: UsageQuery, used: Uptake['used']): Promise<ComposedPage> {
  const { search, filter, pageSize } = query;
  const allowed = filter?.id ? new Set(filter.id) : null;
  const rank = new Map(
    used
      .filter((u) => !allowed || allowed.has(u.id))
      .slice(0, MAX_USED)
      .map((u, i) => [u.id, i]),
  );
  const usedMatching =
    rank.size === 0
      ? []
      : (
          await gateway.read(documents.searchToolsRanked, {
            search,
            filter: { ...filter, id: [...rank.keys()] },
            orderBy: 'NAME',
            first: MAX_USED,
            after: null,
          })
        ).tools.edges
          .map((e) => e.node)
          .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);

  const rest = query.after?.startsWith('r:') ? query.after.slice(2) : null;
  const offset = rest === null ? Math.max(0, Number.parseInt(query.after?.slice(2) ?? '0', 10) || 0) : usedMatching.length;
  const head = usedMatching.slice(offset, offset + pageSize).map((node) => ({ node }));
  if (offset + pageSize < usedMatching.length) return { edges: head, pageInfo: { hasNextPage: true, endCursor: `u:${offset + pageSize}` } };

  const need = pageSize - head.length;
  const skip = new Set(usedMatching.map((t) => t.id));
  const first = Math.min(MAX_USED, need + skip.size);
  const batch = (await gateway.read(documents.searchToolsRanked, { search, filter, orderBy: search ? 'RELEVANCE' : 'NAME', first, after: rest || null })).tools
    .edges;
  const others = batch.filter((e) => !skip.has(e.node.id));
  const taken = others.slice(0, need);
  const hasNextPage = others.length > taken.length || batch.length === first;
  // The page ends inside the batch: continue after its last tool; else after the batch (used tools at its end are skipped anyway).
  const continueFrom = others.length > taken.length ? taken.at(-1) : batch.at(-1);
  const endCursor = hasNextPage && continueFrom ? `r:${continueFrom.cursor}` : null;
  return { edges: [...head, ...taken.map((e) => ({ node: e.node }))], pageInfo: { hasNextPage: endCursor !== null, endCursor } };
}
