/**
 * The workflow steps that change an entry's status: submit, publish or send back, archive (a request, then a second
 * curator's approval) and restore (withdraw a request, or bring an archived entry back as a draft).
 * Each reads the entry and its revisions, checks the policy and writes inside one transaction.
 */
import { ConflictError } from '../errors.ts';
import type { Identity } from '../identity.ts';
import { diffContent } from './diff.ts';
import { authorize, type EntryFacts, type RevisionKind } from './policy.ts';
import type { EntryRow, EntryStatus, FieldChange } from './tables.ts';

export type Step = 'submit' | 'publish' | 'sendBack' | 'archive' | 'restore';

export interface StepOptions {
  comment?: string | null | undefined;
  /** The version the curator saw; the step is refused with CONFLICT when the entry changed since. */
  expectedVersion?: number | null | undefined;
}

/** What a step writes: the new fields of the entry, the revision's kind and content changes. */
interface Outcome {
  next: Partial<EntryRow> & { status: EntryStatus };
  kind: RevisionKind;
  changes?: FieldChange[];
  /** An archived entry comes back (as a draft): its public row stops saying "archived". */
  restore?: boolean;
  publish?: Record<string, unknown>;
  archive?: boolean;
}

/** The outcome of `step` on `row` by `who`; throws FORBIDDEN/CONFLICT/BAD_USER_INPUT when not allowed now. */
export function planStep(step: Step, row: EntryRow, who: Identity, facts: EntryFacts, completeDraft: (row: EntryRow) => Record<string, unknown>): Outcome {
  authorize(step, row, who, facts);
  switch (step) {
    case 'submit':
      completeDraft(row);
      return { next: { status: 'IN_REVIEW' }, kind: 'submit' };
    case 'publish': {
      const draft = completeDraft(row);
      return {
        next: { status: 'PUBLISHED', published: draft, draft: null, draftOrg: null },
        kind: 'publish',
        changes: diffContent(row.published, draft),
        publish: draft,
      };
    }
    case 'sendBack':
      // Back to its editor as a draft, content and editor unchanged; the reviewer's comment says why.
      return { next: { status: 'DRAFT' }, kind: 'send_back' };
    case 'archive':
      return row.status === 'PUBLISHED'
        ? { next: { status: 'ARCHIVE_REQUESTED' }, kind: 'request_archive' }
        : { next: { status: 'ARCHIVED' }, kind: 'archive', archive: true };
    case 'restore':
      if (row.status === 'ARCHIVE_REQUESTED') return { next: { status: 'PUBLISHED' }, kind: 'cancel_archive' };
      // Back as a draft of the last published content: it becomes public again only through review.
      return {
        next: { status: 'DRAFT', draft: row.published, draftOrg: who.org, lastEditorSub: who.sub, lastEditorName: who.name ?? null, lastEditorOrg: who.org },
        kind: 'restore',
        restore: true,
      };
  }
}

export function expectVersion(row: EntryRow, expectedVersion: number | null | undefined): void {
  if (expectedVersion == null || row.version === expectedVersion) return;
  throw new ConflictError(
    `${row.entityType} "${row.entityId}" is at version ${row.version}, not ${expectedVersion}: someone saved first. Reload and reapply your change.`,
    {
      currentVersion: row.version,
      field: 'expectedVersion',
      reason: 'STALE_VERSION',
    },
  );
}
