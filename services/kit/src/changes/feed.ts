/**
 * The public change feed: reads every subgraph's outbox (signed `_outbox` requests), merges them
 * (merge.ts) and answers CloudEvents 1.0. Stateless: a cursor holds everything a reader needs. The
 * facilities subgraph serves it as `changes` in the API, the gateway as `GET /changes` and for its
 * cache purges.
 */
import { signedBody } from '../signing.ts';
import { GraphQLError } from 'graphql';
import { badInput, decodeFeedCursor, encodeFeedCursor, mergePages, type Merged, type OutboxPage } from './merge.ts';

export const EVENT_TYPE_PREFIX = 'nl.edu-catalogus.';
export const MAX_FIRST = 1000;

export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: { id: string; type: string; version: number; fields: string[] };
}

export interface ChangePage {
  events: CloudEvent[];
  /** Where to resume: pass it as `after`. */
  next: string;
  /** True when more events may be ready now (page full, or an event not yet past every subgraph's watermark). */
  hasMore: boolean;
}

/** `nl.edu-catalogus.tool.published`: the entity type in lower case (Alternative → alternative). */
export const eventType = (entityType: string, action: string) => `${EVENT_TYPE_PREFIX}${entityType.toLowerCase()}.${action}`;

export function toCloudEvent(e: Merged): CloudEvent {
  return {
    specversion: '1.0',
    id: `${e.subgraph}-${e.seq}`,
    source: `/subgraphs/${e.subgraph}`,
    type: eventType(e.entityType, e.action),
    subject: e.entityId,
    time: e.at,
    datacontenttype: 'application/json',
    data: { id: e.entityId, type: e.entityType, version: e.version, fields: e.fields },
  };
}

export type OutboxReader = (subgraph: string, after: number, first: number) => Promise<OutboxPage>;

/** Reads a subgraph's outbox over HTTP with the gateway's signature. */
export function httpOutboxReader(urls: () => Record<string, string | undefined>, secret: string): OutboxReader {
  const query = 'query($after: Int, $first: Int) { _outbox(after: $after, first: $first) }';
  return async (subgraph, after, first) => {
    const body = signedBody(secret, { query, variables: { after, first } });
    const url = urls()[subgraph];
    if (!url) throw new Error(`No URL is configured for the ${subgraph} subgraph.`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const result = (await response.json()) as { data?: { _outbox: OutboxPage } };
    if (!response.ok || !result.data) throw new Error(`The ${subgraph} subgraph did not answer its outbox (${response.status}).`);
    return result.data._outbox;
  };
}

export interface FeedReadOptions {
  after?: string | null;
  first?: number | null;
  /** CloudEvent types to keep (`nl.edu-catalogus.tool.published`); others are passed over. */
  types?: readonly string[] | null;
}

/** `subgraphs`: those whose outboxes make the feed, in the order that breaks ties of time (and lays out the cursor). */
export function createFeed(subgraphs: readonly string[], read: OutboxReader) {
  return {
    /** Every subgraph's position now: a cursor from which only later events follow. */
    async head(): Promise<string> {
      let positions = decodeFeedCursor(subgraphs, null);
      for (;;) {
        const pages = Object.fromEntries(await Promise.all(subgraphs.map(async (s) => [s, await read(s, positions[s]!, MAX_FIRST)] as const)));
        positions = Object.fromEntries(subgraphs.map((s) => [s, pages[s]!.events.at(-1)?.seq ?? positions[s]!]));
        if (subgraphs.every((s) => pages[s]!.events.length < MAX_FIRST)) return encodeFeedCursor(subgraphs, positions);
      }
    },

    async read(options: FeedReadOptions = {}): Promise<ChangePage> {
      const first = options.first ?? 100;
      if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw badInput('first', `first must be 1..${MAX_FIRST}, not ${first}.`);
      const positions = decodeFeedCursor(subgraphs, options.after);
      const types = options.types?.length ? new Set(options.types) : null;
      let pages: Record<string, OutboxPage>;
      try {
        pages = Object.fromEntries(await Promise.all(subgraphs.map(async (s) => [s, await read(s, positions[s]!, first)] as const)));
      } catch (error) {
        throw new GraphQLError('The change feed is unavailable: a subgraph did not answer.', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
          originalError: error as Error,
        });
      }
      const merged = mergePages(subgraphs, positions, pages, first, first, (e) => !types || types.has(eventType(e.entityType, e.action)));
      return { events: merged.events.map(toCloudEvent), next: encodeFeedCursor(subgraphs, merged.positions), hasMore: !merged.complete };
    },
  };
}
export type Feed = ReturnType<typeof createFeed>;
