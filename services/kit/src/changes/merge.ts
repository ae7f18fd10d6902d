/**
 * Merges the subgraphs' outboxes into one ordered feed. Order: (time, subgraph, seq). The cursor is
 * the vector of per-subgraph positions, so resuming anywhere yields every later event exactly once.
 * An event is served only when no subgraph can still produce an earlier one: each subgraph's bound is
 * its watermark (nothing later than the read can be stamped before it) or, when its page was full,
 * its last listed event (its unlisted events come after that one).
 */
import { GraphQLError } from 'graphql';

export interface OutboxEvent {
  seq: number;
  entityType: string;
  entityId: string;
  action: string;
  version: number;
  fields: string[];
  at: string;
}

export interface OutboxPage {
  events: OutboxEvent[];
  watermark: string;
}

export type Positions = Record<string, number>;
export type Merged = OutboxEvent & { subgraph: string };

const CURSOR_PREFIX = 'v1:';

export const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** An opaque cursor: base64url of the positions in the subgraphs' fixed order. */
export function encodeFeedCursor(order: readonly string[], positions: Positions): string {
  return Buffer.from(CURSOR_PREFIX + order.map((s) => positions[s] ?? 0).join('.')).toString('base64url');
}

/** The positions a cursor names; null/empty is the start of the feed. BAD_USER_INPUT (field `after`) when malformed. */
export function decodeFeedCursor(order: readonly string[], cursor: string | null | undefined): Positions {
  if (!cursor) return Object.fromEntries(order.map((s) => [s, 0]));
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length).split('.') : [];
  if (parts.length !== order.length || !parts.every((p) => /^\d{1,15}$/.test(p))) throw badInput('after', `after: "${cursor}" is not a cursor of this feed.`);
  return Object.fromEntries(order.map((s, i) => [s, Number(parts[i])]));
}

/** Compares events in feed order: time, then the subgraph's place in `order`, then seq. */
function compare(order: readonly string[], a: Merged, b: Merged): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.subgraph !== b.subgraph) return order.indexOf(a.subgraph) - order.indexOf(b.subgraph);
  return a.seq - b.seq;
}

/**
 * The events that may be served now, in feed order, at most `first` of those `accept` keeps, and the
 * positions after them. Events `accept` refuses are passed over (the cursor moves past them).
 */
export function mergePages(
  order: readonly string[],
  positions: Positions,
  pages: Record<string, OutboxPage>,
  pageSize: number,
  first: number,
  accept: (event: Merged) => boolean = () => true,
): { events: Merged[]; positions: Positions; complete: boolean } {
  const all: Merged[] = order.flatMap((subgraph) => (pages[subgraph]?.events ?? []).map((e) => ({ ...e, subgraph })));
  all.sort((a, b) => compare(order, a, b));
  const servable = (e: Merged) =>
    order.every((s) => {
      const page = pages[s]!;
      const last = page.events.at(-1);
      if (page.events.length >= pageSize && last) return compare(order, e, { ...last, subgraph: s }) <= 0;
      return e.at < page.watermark;
    });
  const next = { ...positions };
  const events: Merged[] = [];
  let complete = true;
  for (const event of all) {
    if (!servable(event) || events.length >= first) {
      complete = false;
      break;
    }
    next[event.subgraph] = event.seq;
    if (accept(event)) events.push(event);
  }
  return { events, positions: next, complete };
}
