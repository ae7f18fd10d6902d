/** Webhook subscriptions in the API: arguments in, webhook store calls out (kit's webhooks/store.ts). */
import type { WebhookStore } from '@edu-catalogus/kit/subgraph';
import type { MutationResolvers, QueryResolvers, WebhookSubscriptionResolvers } from './types.generated.ts';

export function webhookResolvers(store: WebhookStore) {
  const Query: QueryResolvers = {
    webhookSubscriptions: (_, __, { identity }) => store.list(identity),
  };
  const Mutation: MutationResolvers = {
    createWebhookSubscription: (_, args, { identity }) => store.create(identity, args.url, args.types),
    rotateWebhookSecret: (_, args, { identity }) => store.rotate(identity, args.id),
    replayWebhookSubscription: (_, args, { identity }) => store.replay(identity, args.id, args.after),
  };
  const WebhookSubscription: WebhookSubscriptionResolvers = {
    deliveries: (row, args) => store.deliveries(row.id, args.last ?? 20),
  };
  return { Query, Mutation, WebhookSubscription };
}
