/** The shape of a curator entry (`toolEntry` ...) as the curator operations select it. */
import type { FieldChange } from '../views/curator/change-diff.tsx';

export interface Editor {
  sub: string;
  name: string | null;
  organisation: { id: string; name: string } | null;
}

export interface EntryData {
  id: string;
  entryStatus: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVE_REQUESTED' | 'ARCHIVED';
  version: number;
  updatedAt: string;
  draft: Record<string, unknown> | null;
  canPublish: boolean;
  owner: { id: string; name: string } | null;
  proposedBy: { id: string; name: string } | null;
  lastEditor: Editor | null;
  pendingChanges?: FieldChange[];
  published?: Record<string, unknown> | null;
  history?: Revision[];
}

export interface Revision {
  version: number;
  action: string;
  at: string;
  comment: string | null;
  actor: Editor;
  /** Absent when the operation reads only who did what (the entry page). */
  changes?: FieldChange[];
}

/** An entry's name for headings: its (pending or published) name, else its id (alternatives have none). */
export function entryTitle(entry: Pick<EntryData, 'id' | 'draft' | 'published'>, lang: 'nl' | 'en'): string {
  const name = entry.draft?.name ?? entry.published?.name;
  if (typeof name === 'string' && name) return name;
  if (name && typeof name === 'object') {
    const localized = name as { nl?: string; en?: string };
    return (lang === 'en' && localized.en) || localized.nl || entry.id;
  }
  return entry.id;
}
