/**
 * `changes(after, first, types)` for the subgraph that serves the feed in the public API: its own
 * outbox read locally, the others' through the peers (signed `_outbox` requests).
 */
import { readOutbox } from '../curation/outbox.ts';
import type { Peers } from '../peers.ts';
import type { StoreDb } from '../transaction.ts';
import { createFeed, type FeedReadOptions } from './feed.ts';

/** The subgraphs whose outboxes make the feed, in its order: the graph the peers know, or `own` alone. */
export const feedOrder = (own: string, peers: Peers): readonly string[] => (peers.subgraphs?.length ? peers.subgraphs : [own]);

/** The feed as the subgraph `own` reads it: its outbox locally, the others' through the peers. */
export function createSubgraphFeed(own: string, db: StoreDb, peers: Peers) {
  return createFeed(feedOrder(own, peers), async (subgraph, after, first) => {
    if (subgraph === own) return readOutbox(db, after, first);
    if (!peers.outbox) throw new Error(`No peer reads the ${subgraph} outbox.`);
    return peers.outbox(subgraph, after, first);
  });
}

export function changesResolvers(own: string, db: StoreDb, peers: Peers) {
  const feed = createSubgraphFeed(own, db, peers);
  return {
    changes: async (_: unknown, args: FeedReadOptions) => {
      const page = await feed.read(args);
      return { events: page.events, endCursor: page.next, hasMore: page.hasMore };
    },
  };
}
