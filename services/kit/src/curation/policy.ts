/**
 * Who may do what to a curated entry, in one place. Roles are checked at the gateway from the SDL
 * (@requiresScopes); these rules need the entry itself and its revisions: ownership, four eyes
 * (nobody who wrote the pending changes, or asked for the archive, approves them), workflow order.
 * Every refusal carries `extensions.reason` (REFUSALS), so a client can say it in its reader's
 * language; the English message stays as it was.
 */
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { hasRole, isCurator, type Identity } from '../identity.ts';
import type { EntryRow, RevisionRow } from './tables.ts';

export type Action = 'create' | 'update' | 'submit' | 'publish' | 'sendBack' | 'archive' | 'restore';
/** What a revision records: an action, or the first half of archiving (the request) and its withdrawal. */
export type RevisionKind = Exclude<Action, 'sendBack'> | 'send_back' | 'request_archive' | 'cancel_archive';

/** What the revisions tell about an entry's pending work. */
export interface EntryFacts {
  /** Who created, edited or restored the content since it was last published. */
  authors: ReadonlySet<string>;
  /** Who asked to archive it, while that request is pending. */
  archiveRequester: string | null;
}

/** The machine-readable reasons of the refusals below, stable for clients (the web's Dutch texts). */
export const REFUSALS = [
  'SIGN_IN',
  'NOT_CURATOR',
  'NO_ORGANISATION',
  'UNKNOWN_ORGANISATION',
  'NOT_OWNER',
  'ARCHIVED',
  'ARCHIVE_PENDING',
  'IN_REVIEW_ELSEWHERE',
  'WRONG_STATUS',
  'FOUR_EYES',
  'FOUR_EYES_ARCHIVE',
  'STALE_VERSION',
  'ALREADY_EXISTS',
  'NO_ENTRY',
  'COMMENT_REQUIRED',
  'NO_REFERENCE',
] as const;
export type Refusal = (typeof REFUSALS)[number];

const AUTHORING = new Set(['CREATE', 'UPDATE', 'RESTORE']);

/** The facts of an entry from its revisions, oldest first. */
export function entryFacts(history: readonly Pick<RevisionRow, 'action' | 'actorSub'>[]): EntryFacts {
  const authors = new Set<string>();
  for (let i = history.length - 1; i >= 0 && history[i]!.action !== 'PUBLISH'; i--) {
    if (AUTHORING.has(history[i]!.action)) authors.add(history[i]!.actorSub);
  }
  const last = history.at(-1);
  return { authors, archiveRequester: last?.action === 'REQUEST_ARCHIVE' ? last.actorSub : null };
}

const NO_FACTS: EntryFacts = { authors: new Set(), archiveRequester: null };

export function requireCurator(identity: Identity | null): Identity {
  if (!identity) throw new UnauthenticatedError('Sign in as a curator to change the catalogue.', { reason: 'SIGN_IN' });
  if (!isCurator(identity)) throw new ForbiddenError('Only curators and admins change the catalogue.', { reason: 'NOT_CURATOR' });
  if (!identity.org && !hasRole(identity, 'admin'))
    throw new ForbiddenError('A curator token must name the organisation (claim "org").', { reason: 'NO_ORGANISATION' });
  return identity;
}

/** Admins act for every organisation; anyone curating may act on unclaimed seed entries. */
const belongs = (identity: Identity, org: string | null) => hasRole(identity, 'admin') || org === null || identity.org === org;

/** Whether `identity` may read the pending draft: the owner's curators, the proposing organisation, admins. */
export const mayReadDraft = (entry: Pick<EntryRow, 'ownerOrg' | 'draftOrg'>, identity: Identity | null): boolean =>
  !!identity && isCurator(identity) && (belongs(identity, entry.ownerOrg) || (!!identity.org && identity.org === entry.draftOrg));

/** Throws FORBIDDEN or CONFLICT when `identity` may not take `action` on `entry` now. */
export function authorize(action: Exclude<Action, 'create'>, entry: EntryRow, identity: Identity, facts: EntryFacts = NO_FACTS): void {
  const label = `${entry.entityType} "${entry.entityId}"`;
  const conflict = (message: string, reason: Refusal = 'WRONG_STATUS') =>
    new ConflictError(message, { currentVersion: entry.version, entryStatus: entry.status, action, reason });
  const forbidden = (message: string, reason: Refusal, more: Record<string, unknown> = {}) => new ForbiddenError(message, { action, reason, ...more });
  const owner = (verb: string) => {
    if (!belongs(identity, entry.ownerOrg)) throw forbidden(`Only curators of ${entry.ownerOrg} can ${verb} ${label}.`, 'NOT_OWNER', { owner: entry.ownerOrg });
  };
  const fourEyes = (verb: string) => {
    if (entry.lastEditorSub === identity.sub || facts.authors.has(identity.sub)) {
      throw forbidden(`Four eyes: a curator who wrote none of the changes since ${label} was last published must ${verb} it.`, 'FOUR_EYES');
    }
  };
  switch (action) {
    case 'update':
      // Anyone curating may edit; an edit by another organisation is a proposal its owner reviews.
      if (entry.status === 'ARCHIVED') throw conflict(`${label} is archived; restore it before editing.`, 'ARCHIVED');
      if (entry.status === 'ARCHIVE_REQUESTED')
        throw conflict(`${label} is waiting to be archived; restore it to withdraw the request before editing.`, 'ARCHIVE_PENDING');
      if (entry.status === 'IN_REVIEW' && entry.draftOrg !== identity.org && !belongs(identity, entry.ownerOrg)) {
        throw forbidden(`${label} is in review for ${entry.draftOrg ?? 'its owner'}; wait for the review to finish.`, 'IN_REVIEW_ELSEWHERE');
      }
      // A pending draft is changed only by those who may read it: no blind overwrite (of a proposal, or by a proposer the owner took over from).
      if (entry.draft !== null && !mayReadDraft(entry, identity)) {
        throw new ForbiddenError(`${label} has a pending draft you cannot read (of ${entry.draftOrg ?? 'its owner'}); wait until it is published or rejected.`);
      }
      return;
    case 'submit':
      if (entry.status !== 'DRAFT') throw conflict(`Only a draft can be submitted; ${label} is ${entry.status}.`);
      if (!belongs(identity, entry.ownerOrg) && identity.org !== entry.draftOrg) {
        throw forbidden(`Only curators of ${entry.ownerOrg} or of the proposing organisation can submit ${label}.`, 'NOT_OWNER', { owner: entry.ownerOrg });
      }
      return;
    case 'publish':
      if (entry.status !== 'IN_REVIEW') throw conflict(`Only an entry in review can be published; ${label} is ${entry.status}.`);
      fourEyes('publish');
      owner('publish');
      return;
    case 'sendBack':
      // The reviewer's other answer: the same four eyes and ownership as publishing.
      if (entry.status !== 'IN_REVIEW') throw conflict(`Only an entry in review can be sent back; ${label} is ${entry.status}.`);
      fourEyes('review');
      owner('send back');
      return;
    case 'archive':
      if (entry.status === 'PUBLISHED') {
        owner('ask to archive');
        return;
      }
      if (entry.status !== 'ARCHIVE_REQUESTED') throw conflict(`Only a published entry can be archived; ${label} is ${entry.status}.`);
      if (facts.archiveRequester === identity.sub)
        throw forbidden(`Four eyes: a curator other than the one who asked must archive ${label}.`, 'FOUR_EYES_ARCHIVE');
      owner('archive');
      return;
    case 'restore':
      if (entry.status === 'ARCHIVE_REQUESTED') {
        if (facts.archiveRequester !== identity.sub) owner('withdraw the archive request of');
        return;
      }
      if (entry.status !== 'ARCHIVED') throw conflict(`Only an archived entry, or one waiting to be archived, can be restored; ${label} is ${entry.status}.`);
      owner('restore');
      return;
  }
}

/** Whether `identity` could publish `entry` now (for review queues): the same rule, as a boolean. */
export function canPublish(entry: EntryRow, identity: Identity | null, facts: EntryFacts = NO_FACTS): boolean {
  if (!identity || !isCurator(identity)) return false;
  try {
    authorize('publish', entry, identity, facts);
    return true;
  } catch {
    return false;
  }
}
