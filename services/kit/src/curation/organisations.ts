/**
 * Curator rights need a known organisation: a token naming an organisation the catalogue does not
 * publish (a typo, a made-up slug) could otherwise act on every unclaimed entry. Organisations are
 * the facilities subgraph's; the others ask it with a signed `_entities` request, cached briefly, and
 * on PostgreSQL forgotten as soon as the organisation changes (a curator of an organisation published a
 * moment ago has rights at once on every replica, one of an archived one loses them at once).
 */
import { LRUCache } from 'lru-cache';
import type { ChangeSignal } from '../change-signal.ts';
import { ForbiddenError } from '../errors.ts';
import { hasRole, type Identity } from '../identity.ts';
import type { Peers } from '../peers.ts';
import { requireCurator } from './policy.ts';

/** Whether `org` is a published organisation. */
export type KnownOrganisation = (org: string) => Promise<boolean>;

/**
 * Answers from `lookup`, remembered for `ttl` ms (both yes and no); a failed lookup is not remembered.
 * A notice on `changes` about an organisation forgets its answer; a `null` notice (notices may have been missed) forgets all.
 */
export function cachedOrganisations(lookup: KnownOrganisation, ttl = 60_000, changes?: ChangeSignal): KnownOrganisation {
  const cache = new LRUCache<string, boolean>({ max: 1000, ttl, fetchMethod: (org) => lookup(org) });
  changes?.subscribe((notice) => {
    if (notice === null) cache.clear();
    else if (notice.entityType === 'Organisation') cache.delete(notice.entityId);
  });
  return async (org) => (await cache.fetch(org)) === true;
}

/** Asks the facilities subgraph, which owns organisations. */
export const remoteOrganisations = (peers: Peers, ttl?: number): KnownOrganisation =>
  cachedOrganisations(async (org) => (await peers.existing('facilities', 'Organisation', [org])).has(org), ttl, peers.changes);

/** `requireCurator`, and the organisation must be known (admins act for every organisation and are exempt). */
export async function requireKnownCurator(identity: Identity | null, known: KnownOrganisation): Promise<Identity> {
  const who = requireCurator(identity);
  if (hasRole(who, 'admin') || (who.org && (await known(who.org)))) return who;
  throw new ForbiddenError(`The organisation "${who.org}" of this token is not in the catalogue; its curators have no rights here.`, {
    reason: 'UNKNOWN_ORGANISATION',
  });
}
