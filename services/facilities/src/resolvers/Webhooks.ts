/** Webhook subscriptions in the API: arguments in, webhook store calls out (kit's webhooks/store.ts). */
import type { WebhookSubscriptionRow } from '@edu-catalogus/kit';
import type { WebhookStore } from '@edu-catalogus/kit';
import type { Context } from '../context.ts';

export function webhookResolvers(store: WebhookStore) {
  return {
    Query: {
      webhookSubscriptions: (_: unknown, __: unknown, { identity }: Context) => store.list(identity),
    },
    Mutation: {
      createWebhookSubscription: (_: unknown, args: { url: string; types?: string[] | null }, { identity }: Context) =>
        store.create(identity, args.url, args.types),
      rotateWebhookSecret: (_: unknown, args: { id: string }, { identity }: Context) => store.rotate(identity, args.id),
      replayWebhookSubscription: (_: unknown, args: { id: string; after?: string | null }, { identity }: Context) =>
        store.replay(identity, args.id, args.after),
    },
    WebhookSubscription: {
      deliveries: (row: WebhookSubscriptionRow, args: { last?: number | null }) => store.deliveries(row.id, args.last ?? 20),
    },
  };
}
