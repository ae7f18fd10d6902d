/**
 * The curator's work list (issue 16 item 7): every entry the curator works with, of every type,
 * searched and filtered by type, status, owner and "not checked in 12 months", in keyset pages.
 * The curator queries `<type>Entries` already return every entry a curator may work with (their
 * organisation's, its proposals, unclaimed seed entries; admins all); a few hundred rows, so the
 * filtering happens here over one request rather than in seven new API filters. Open problem reports
 * ("meld een fout") come from the `open<Type>Reports` queries and are counted per entry.
 */
import { runtimeDocument, type RegisteredDocument } from '../gateway/documents.ts';
import type { Lang } from '../i18n/i18n.ts';
import { ENTITIES, type CuratedEntity } from './entities.ts';
import { entryTitle, type EntryData } from './entry-data.ts';
import type { FormField } from './form-model.ts';

export const PAGE_SIZE = 50;
const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVE_REQUESTED', 'ARCHIVED'] as const;

export interface WorkItem {
  entity: CuratedEntity;
  entry: EntryData;
  title: string;
  /** The last check of the facts (`verifiedAt`, pending or published); undefined when the type has none. */
  verifiedAt: string | null | undefined;
  /** Readers' open problem reports on the entry. */
  reports: number;
}

export interface WorkFilter {
  q: string;
  type: string;
  status: string;
  owner: string;
  stale: boolean;
  /** Only entries with open problem reports. */
  reported: boolean;
  /** The key of the last item of the previous page. */
  after: string;
}

/** One request for every type's entries: the workflow fields, and the name and last check when the type has them. */
export function workDocument(forms: Map<CuratedEntity, FormField[]>): RegisteredDocument {
  const lists = ENTITIES.map((e) => {
    const form = forms.get(e) ?? [];
    const name = form.find((f) => f.name === 'name' && f.readable);
    const published = [
      name ? (name.kind === 'group' ? 'name { nl en }' : 'name') : '__typename',
      form.some((f) => f.name === 'verifiedAt' && f.readable) ? 'verifiedAt' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `${e.field}: ${e.field}Entries { id entryStatus version updatedAt draft owner { id name } proposedBy { id name }
      lastEditor { sub name organisation { id name } } published { ${published} } }`;
  });
  return runtimeDocument('CuratorWork', `query CuratorWork {\n  ${lists.join('\n  ')}\n}`);
}

export function readFilter(query: (name: string) => string | undefined): WorkFilter {
  const one = (name: string) => (query(name) ?? '').trim().slice(0, 200);
  return {
    q: one('q'),
    type: one('soort'),
    status: one('status'),
    owner: one('eigenaar'),
    stale: one('oud') === '1',
    reported: one('meldingen') === '1',
    after: one('na'),
  };
}

const keyOf = (item: WorkItem) => `${item.title.toLocaleLowerCase('nl')}\u0000${item.entity.segment}/${item.entry.id}`;
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Open reports per entry, keyed `Type/id`. */
export function countReports(reports: readonly { entityType: string; entityId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entityType, entityId } of reports) counts.set(`${entityType}/${entityId}`, (counts.get(`${entityType}/${entityId}`) ?? 0) + 1);
  return counts;
}

export function workItems(
  data: Record<string, EntryData[] | undefined>,
  forms: Map<CuratedEntity, FormField[]>,
  lang: Lang,
  reports: Map<string, number> = new Map(),
): WorkItem[] {
  return ENTITIES.flatMap((entity) => {
    const checks = (forms.get(entity) ?? []).some((f) => f.name === 'verifiedAt');
    return (data[entity.field] ?? []).map((entry) => {
      const verified = (entry.draft?.verifiedAt ?? entry.published?.verifiedAt ?? null) as string | null;
      const open = reports.get(`${entity.type}/${entry.id}`) ?? 0;
      return { entity, entry, title: entryTitle(entry, lang), verifiedAt: checks ? verified : undefined, reports: open };
    });
  }).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
}

/** The items matching `filter`, their count, and one page after `filter.after`. */
export function filterWork(items: WorkItem[], filter: WorkFilter, org: string, now = Date.now()) {
  const q = filter.q.toLocaleLowerCase('nl');
  const matching = items.filter(({ entity, entry, title, verifiedAt, reports }) => {
    if (filter.reported && reports === 0) return false;
    if (q && !title.toLocaleLowerCase('nl').includes(q) && !entry.id.includes(q)) return false;
    if (filter.type && entity.segment !== filter.type) return false;
    if ((STATUSES as readonly string[]).includes(filter.status) && entry.entryStatus !== filter.status) return false;
    const owner = entry.owner?.id ?? '';
    if (filter.owner === 'mine' ? owner !== org : filter.owner === 'none' ? owner !== '' : filter.owner && owner !== filter.owner) return false;
    if (filter.stale && (verifiedAt === undefined || (verifiedAt !== null && now - Date.parse(verifiedAt) < YEAR_MS))) return false;
    return true;
  });
  const start = filter.after ? matching.findIndex((item) => keyOf(item) > filter.after) : 0;
  const page = start < 0 ? [] : matching.slice(start, start + PAGE_SIZE);
  const last = page.at(-1);
  const next = last && matching.indexOf(last) < matching.length - 1 ? keyOf(last) : null;
  return { total: items.length, count: matching.length, page, next };
}

export { STATUSES as WORK_STATUSES };
