/**
 * Keeps a gateway's response cache fresh when another gateway (or any client of another gateway)
 * publishes: follows the change feed from where it stood at start-up and hands each batch of events
 * to `onEvents` (the cache purge). Polls every `intervalMs`; a failed read is logged and retried.
 */
import type { CloudEvent, Feed } from '@edu-catalogus/kit/runtime';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from 'pino';

export interface FollowOptions {
  feed: Feed;
  onEvents: (events: CloudEvent[]) => void;
  intervalMs: number;
  logger: Logger;
}

/** Starts following; the returned plugin stops it when the gateway is disposed. */
export function followChanges(options: FollowOptions): GatewayPlugin {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let cursor: string | null = null;
  let failing = false;
  const tick = async () => {
    try {
      cursor ??= await options.feed.head();
      for (let more = true; more && !stopped; ) {
        const page = await options.feed.read({ after: cursor, first: 1000 });
        if (page.events.length) options.onEvents(page.events);
        cursor = page.next;
        more = page.hasMore;
      }
      if (failing) options.logger.info('reading the change feed again');
      failing = false;
    } catch (err) {
      // Once per outage: at start-up the subgraphs may not listen yet.
      if (!failing) options.logger.warn({ err }, 'could not read the change feed; cached answers may be stale until it answers');
      failing = true;
    }
    if (!stopped) timer = setTimeout(() => void tick(), options.intervalMs).unref();
  };
  void tick();
  return {
    onDispose() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
