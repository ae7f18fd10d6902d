/** Helpers for the change-feed tests: publishing new entries in every subgraph, and paging the feed. */
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { expect } from 'vitest';
import type { Stack } from './stack.ts';

export const SOURCE = [{ url: 'https://www.kennisnet.nl' }];

/** A new entry's input per subgraph: a category (tools), an organisation (facilities), a standard (standards). */
export const newEntry = {
  tools: (n: string) => ({
    type: 'Category',
    input: { id: `cat-${n}`, name: { nl: `Categorie ${n}`, en: `Category ${n}` }, sources: SOURCE, certainty: 'CONFIRMED', verifiedAt: '2026-11-30' },
  }),
  facilities: (n: string) => ({
    type: 'Organisation',
    input: {
      id: `org-${n}`,
      name: `Organisatie ${n}`,
      kind: 'COOPERATIVE',
      homepage: 'https://www.kennisnet.nl',
      summary: { nl: 'Test' },
      sources: SOURCE,
      certainty: 'CONFIRMED',
      verifiedAt: '2026-11-30',
    },
  }),
  standards: (n: string) => ({
    type: 'Standard',
    input: {
      id: `std-${n}`,
      name: `Standaard ${n}`,
      summary: { nl: 'Test' },
      maintainer: 'kennisnet',
      domain: 'DATA_EXCHANGE',
      sources: SOURCE,
      certainty: 'PROBABLE',
      verifiedAt: '2026-11-30',
    },
  }),
};

/** Creates, submits (alice) and publishes (bob) an entry; returns its id once the publish is acknowledged. */
export async function publishNew(
  stack: Stack,
  alice: string,
  bob: string,
  entry: { type: string; input: { id: string }; onPublish?: () => void },
): Promise<string> {
  const as = (t: string) => ({ authorization: `Bearer ${t}` });
  const { type, input } = entry;
  const created = await stack.query(`mutation($input: ${type}Input!) { create${type}(input: $input) { id } }`, { input }, as(alice));
  expect(created.body.errors, `create${type}`).toBeUndefined();
  const submitted = await stack.query(`mutation { submit${type}(id: "${input.id}") { version } }`, {}, as(alice));
  expect(submitted.body.errors, `submit${type}`).toBeUndefined();
  entry.onPublish?.();
  const published = await stack.query(`mutation { publish${type}(id: "${input.id}") { version } }`, {}, as(bob));
  expect(published.body.errors, `publish${type}`).toBeUndefined();
  return input.id;
}

export interface Change {
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  data: { id: string; type: string; version: number; fields: string[] };
}

const CHANGES = `query($after: String, $first: Int, $types: [String!]) { changes(after: $after, first: $first, types: $types) {
  events { id source type subject time data { id type version fields } } endCursor hasMore } }`;

/** One page of `changes` through the gateway's GraphQL endpoint. */
export async function changesPage(stack: Stack, after: string | null, first: number, types?: string[]) {
  const result = await stack.query<{ changes: { events: Change[]; endCursor: string; hasMore: boolean } }>(CHANGES, { after, first, types });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.changes;
}

/** Pages from `after` until the feed has nothing more ready; returns the events and the last cursor. */
export async function readAll(stack: Stack, after: string | null, first: number, types?: string[]) {
  const events: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = await changesPage(stack, cursor, first, types);
    events.push(...page.events);
    cursor = page.endCursor;
    if (!page.hasMore) return { events, cursor };
  }
}

const SUBGRAPH_ORDER = SUBGRAPHS.map((s) => s.name);
/** The feed's order: time, then subgraph, then the subgraph's sequence number. */
export function inFeedOrder(a: Change, b: Change): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  const [sa, qa] = a.id.split('-');
  const [sb, qb] = b.id.split('-');
  if (sa !== sb) return SUBGRAPH_ORDER.indexOf(sa!) - SUBGRAPH_ORDER.indexOf(sb!);
  return Number(qa) - Number(qb);
}
