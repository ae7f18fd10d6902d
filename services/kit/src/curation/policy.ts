/**
 * Who may do what to a curated entry, in one place. Roles are checked at the gateway from the SDL
 * (@requiresScopes); these rules need the entry itself: ownership, four eyes, workflow order.
 */
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { hasRole, isCurator, type Identity } from '../identity.ts';
import type { EntryRow } from './tables.ts';

export type Action = 'create' | 'update' | 'submit' | 'publish' | 'archive';

export function requireCurator(identity: Identity | null): Identity {
  if (!identity) throw new UnauthenticatedError('Sign in as a curator to change the catalogue.');
  if (!isCurator(identity)) throw new ForbiddenError('Only curators and admins change the catalogue.');
  if (!identity.org && !hasRole(identity, 'admin')) throw new ForbiddenError('A curator token must name the organisation (claim "org").');
  return identity;
}

const belongs = (identity: Identity, org: string | null) => hasRole(identity, 'admin') || org === null || identity.org === org;

/** Throws FORBIDDEN or CONFLICT when `identity` may not take `action` on `entry` now. */
export function authorize(action: Exclude<Action, 'create'>, entry: EntryRow, identity: Identity): void {
  const label = `${entry.entityType} "${entry.entityId}"`;
  const conflict = (message: string) => new ConflictError(message, { currentVersion: entry.version, entryStatus: entry.status });
  switch (action) {
    case 'update':
      // Anyone curating may edit; an edit by another organisation is a proposal its owner reviews.
      if (entry.status === 'ARCHIVED') throw conflict(`${label} is archived; it cannot be edited.`);
      if (entry.status === 'IN_REVIEW' && entry.draftOrg !== identity.org && !belongs(identity, entry.ownerOrg)) {
        throw new ForbiddenError(`${label} is in review for ${entry.draftOrg ?? 'its owner'}; wait for the review to finish.`);
      }
      return;
    case 'submit':
      if (entry.status !== 'DRAFT') throw conflict(`Only a draft can be submitted; ${label} is ${entry.status}.`);
      if (!belongs(identity, entry.ownerOrg) && identity.org !== entry.draftOrg) {
        throw new ForbiddenError(`Only curators of ${entry.ownerOrg} or of the proposing organisation can submit ${label}.`);
      }
      return;
    case 'publish':
      if (entry.status !== 'IN_REVIEW') throw conflict(`Only an entry in review can be published; ${label} is ${entry.status}.`);
      if (entry.lastEditorSub === identity.sub) throw new ForbiddenError(`Four eyes: a curator other than the last editor of ${label} must publish it.`);
      if (!belongs(identity, entry.ownerOrg)) throw new ForbiddenError(`Only curators of ${entry.ownerOrg} can publish ${label}.`);
      return;
    case 'archive':
      if (entry.status !== 'PUBLISHED') throw conflict(`Only a published entry can be archived; ${label} is ${entry.status}.`);
      if (!belongs(identity, entry.ownerOrg)) throw new ForbiddenError(`Only curators of ${entry.ownerOrg} can archive ${label}.`);
      return;
  }
}

/** Whether `identity` could publish `entry` now (for review queues): the same rule, as a boolean. */
export function canPublish(entry: EntryRow, identity: Identity | null): boolean {
  if (!identity || !isCurator(identity)) return false;
  try {
    authorize('publish', entry, identity);
    return true;
  } catch {
    return false;
  }
}
