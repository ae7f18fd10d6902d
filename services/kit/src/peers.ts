/**
 * Asks the subgraph that owns an entity whether ids exist, with a signed `_entities` request, so a
 * write that references another subgraph's entity (a tool claiming a standard) can be refused.
 */
import type { ChangeSignal } from './change-signal.ts';
import { httpOutboxReader, type OutboxReader } from './changes/feed.ts';
import { signedBody } from './signing.ts';

export interface Peers {
  /** The ids among `ids` that the owning subgraph resolves (published entries only). */
  existing(subgraph: string, typename: string, ids: readonly string[]): Promise<Set<string>>;
  /** Reads another subgraph's outbox (for the change feed); absent when there are no peers. */
  outbox?: OutboxReader;
  /** Every subgraph of the graph in the registry's order (the change feed's order); absent: this subgraph alone. */
  subgraphs?: readonly string[];
  /** Word that another process changed an entity (PostgreSQL's NOTIFY); absent on SQLite. What is cached from peers listens to it. */
  changes?: ChangeSignal;
}

export function createPeers(options: { urls: () => Record<string, string | undefined>; secret: string; subgraphs?: readonly string[] }): Peers {
  return {
    ...(options.subgraphs ? { subgraphs: options.subgraphs } : {}),
    outbox: httpOutboxReader(options.urls, options.secret),
    async existing(subgraph, typename, ids) {
      if (ids.length === 0) return new Set();
      const url = options.urls()[subgraph];
      if (!url) throw new Error(`No URL is configured for the ${subgraph} subgraph.`);
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`;
      const body = signedBody(options.secret, { query, variables: { r: ids.map((id) => ({ __typename: typename, id })) } });
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as { data?: { _entities: ({ id: string } | null)[] }; errors?: { message: string }[] };
      if (!response.ok || !result.data)
        throw new Error(`The ${subgraph} subgraph did not answer (${response.status}: ${result.errors?.[0]?.message ?? 'no data'}).`);
      return new Set(result.data._entities.flatMap((e) => (e?.id ? [e.id] : [])));
    },
  };
}

/** For tests and seeding: every id exists. */
export const trustingPeers: Peers = { existing: async (_s, _t, ids) => new Set(ids) };
