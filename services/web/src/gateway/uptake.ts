/**
 * What the schools subgraph knows about each tool, for the search page: which tools have a published
 * offering ("direct te gebruiken") and how many schools declared using each. The tools subgraph does
 * not know these (it must not depend on the schools subgraph), so the site asks the gateway in a first
 * step and narrows or orders the tool search with the answer (docs/search.md). One walk over the
 * catalogue (100 tools a request, `Tool.offerings` and `Tool.usage` resolved by the schools subgraph in
 * one batch per page), kept for a minute (forgotten at once when a school changes its declarations
 * through this site), at most MAX_PAGES pages.
 */
import type { Logger } from '@edu-catalogus/kit/runtime';
import type { GatewayClient } from './client.ts';
import type { ToolUptakeQuery } from './operations.generated.ts';
import { documents } from './documents.ts';

export interface Uptake {
  /** Ids of tools with at least one published offering, in name order. */
  offered: string[];
  /** Tools used by at least one school, most used first (then by name), with their counts. */
  used: { id: string; schools: number }[];
}

/** 5,000 tools: the walk stops there (and says so in the log); the catalogue has about 150. */
export const MAX_PAGES = 50;
const TTL_MS = 60_000;

export function createUptake(gateway: GatewayClient, logger?: Logger, now: () => number = Date.now) {
  let cached: { at: number; value: Promise<Uptake> } | undefined;
  const walk = async (): Promise<Uptake> => {
    const offered: string[] = [];
    const used: Uptake['used'] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const data: ToolUptakeQuery = await gateway.read(documents.toolUptake, { after });
      for (const { node } of data.tools.edges) {
        if (node.offerings.length > 0) offered.push(node.id);
        if (node.usage.schools > 0) used.push({ id: node.id, schools: node.usage.schools });
      }
      if (!data.tools.pageInfo.hasNextPage) return { offered, used: used.sort((a, b) => b.schools - a.schools) };
      after = data.tools.pageInfo.endCursor;
    }
    logger?.warn({ pages: MAX_PAGES }, 'tool uptake: the catalogue is larger than the walk reads; later tools count as not offered and unused');
    return { offered, used: used.sort((a, b) => b.schools - a.schools) };
  };
  return {
    get(): Promise<Uptake> {
      if (!cached || now() - cached.at > TTL_MS) {
        const value = walk();
        cached = { at: now(), value };
        // A failed walk is not kept: the next page asks again.
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return cached.value;
    },
    /** Forget the walk: a school declared or withdrew through this site, so the order by usage shows it at once. */
    invalidate(): void {
      cached = undefined;
    },
  };
}
export type UptakeSource = ReturnType<typeof createUptake>;
