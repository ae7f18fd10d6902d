/** Search results by usage, composed by the site: used tools first (most used first), then the rest, page by page without repeats. */
import { describe, expect, it } from 'vitest';
import type { GatewayClient } from '../src/gateway/client.ts';
import type { RegisteredDocument } from '../src/gateway/documents.ts';
import { readyFilter } from '../src/gateway/search.ts';
import { usageOrderedPage } from '../src/gateway/usage-order.ts';

/** A catalogue of tools a..j in name order; the fake API applies filter.id and keyset cursors (the tool id). */
const NAMES = 'abcdefghij'.split('');
function fakeGateway(): GatewayClient {
  const read = async (_doc: RegisteredDocument, variables: any) => {
    const allowed = variables.filter?.id ? new Set<string>(variables.filter.id) : null;
    const matching = NAMES.filter((id) => !allowed || allowed.has(id));
    const start = variables.after ? matching.indexOf(variables.after) + 1 : 0;
    const edges = matching.slice(start, start + variables.first).map((id) => ({ cursor: id, node: { id, name: id } }));
    return { tools: { totalCount: matching.length, edges } };
  };
  return { read, send: read } as unknown as GatewayClient;
}

async function allPages(used: { id: string; schools: number }[], pageSize: number, filter: Record<string, string[]> | null = null) {
  const pages: string[][] = [];
  let after: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await usageOrderedPage(fakeGateway(), { search: null, filter, after, pageSize }, used);
    pages.push(page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
  }
  return pages;
}

describe('ordering by usage', () => {
  const used = [
    { id: 'h', schools: 9 },
    { id: 'c', schools: 4 },
    { id: 'e', schools: 1 },
  ];

  it('puts the used tools first, most used first, then the others in order, each once', async () => {
    const pages = await allPages(used, 4);
    expect(pages).toEqual([
      ['h', 'c', 'e', 'a'],
      ['b', 'd', 'f', 'g'],
      ['i', 'j'],
    ]);
  });

  it('pages through used tools before the rest', async () => {
    expect(await allPages(used, 2)).toEqual([
      ['h', 'c'],
      ['e', 'a'],
      ['b', 'd'],
      ['f', 'g'],
      ['i', 'j'],
    ]);
  });

  it('keeps to the filter: a used tool the search does not match is left out', async () => {
    expect(await allPages(used, 10, { id: ['a', 'c', 'd'] })).toEqual([['c', 'a', 'd']]);
  });

  it('narrows to the offered tools for "direct te gebruiken", and to nothing when none is offered', () => {
    expect(readyFilter({ sector: ['PO'] }, ['moodle'])).toEqual({ sector: ['PO'], id: ['moodle'] });
    expect(readyFilter(null, [])).toEqual({ id: ['-'] });
    expect(readyFilter({ sector: ['PO'] }, null)).toEqual({ sector: ['PO'] });
  });
});
