/**
 * The published catalogue in memory, per database connection: one bitmap per facet value, the
 * published set, and the documents in NAME and UPDATED order. Filters, exact counts, facet counts and
 * keyset pages over 100k tools then cost microseconds instead of the tens to hundreds of
 * milliseconds the same GROUP BY takes in SQLite (see README, Search). It follows the database through
 * tools_search_changes: each search reads the log's head and replays what it has not seen.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';
import { sql } from 'drizzle-orm';
import { TypedFastBitSet } from 'typedfastbitset';
import { countsUnderLicense, type ToolDimension } from './facets.ts';
import type { SearchDb } from './tables.ts';

/** Replaying more changes than this costs more than reloading everything. */
const MAX_REPLAY = 2_000;

interface DocInfo {
  toolId: string;
  /** NAME order key: case- and diacritics-folded name. */
  nameKey: string;
  updatedAt: string;
}

const byName = (a: DocInfo, b: DocInfo) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.toolId < b.toolId ? -1 : a.toolId > b.toolId ? 1 : 0);
const byUpdated = (a: DocInfo, b: DocInfo) =>
  a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : a.toolId < b.toolId ? -1 : a.toolId > b.toolId ? 1 : 0;

export class CatalogueIndex {
  private seq = -1;
  readonly docs = new Map<number, DocInfo>();
  readonly docOfTool = new Map<string, number>();
  readonly published = new TypedFastBitSet();
  readonly values = new Map<ToolDimension, Map<string, TypedFastBitSet>>();
  /** Published docs in NAME order (name key, tool id) and UPDATED order (newest first, tool id). */
  nameOrder: number[] = [];
  updatedOrder: number[] = [];

  /** Changes with every refresh that saw new writes: a key for anything derived from the index. */
  get generation(): number {
    return this.seq;
  }

  /** Brings the index up to the database's state; cheap (one indexed read) when nothing changed. */
  refresh(db: SearchDb): this {
    const head = db.get<{ last: number | null; first: number | null }>(
      sql`SELECT (SELECT max(seq) FROM tools_search_changes) AS last, (SELECT min(seq) FROM tools_search_changes) AS first`,
    );
    const last = head?.last ?? 0;
    if (last === this.seq) return this;
    const behind = this.seq < 0 || (head?.first ?? 0) > this.seq + 1 || last - this.seq > MAX_REPLAY;
    if (behind) this.reload(db, null);
    else {
      const changed = db.all<{ doc: number }>(sql`SELECT DISTINCT doc FROM tools_search_changes WHERE seq > ${this.seq} AND seq <= ${last}`).map((r) => r.doc);
      this.reload(db, changed);
    }
    this.seq = last;
    return this;
  }

  /** Reloads `docs` (all when null) from tools and tool_facets. */
  private reload(db: SearchDb, docs: number[] | null): void {
    const only = docs === null ? sql`` : sql`WHERE d.doc IN (SELECT value FROM json_each(${JSON.stringify(docs)}))`;
    if (docs === null) this.clear();
    else for (const doc of docs) this.remove(doc);
    const added: number[] = [];
    const rows = db.values<[number, string, string, string, string, number]>(
      sql`SELECT d.doc, t.id, t.name, t.updated_at, t.status, t.license_osi_approved FROM tools_search_docs d JOIN tools t ON t.id = d.tool_id ${only}`,
    );
    const osiApproved = new Set<number>();
    for (const [doc, toolId, name, updatedAt, status, osi] of rows) {
      if (status !== 'PUBLISHED') continue;
      if (osi) osiApproved.add(doc);
      this.docs.set(doc, { toolId, nameKey: normalizeText(name), updatedAt });
      this.docOfTool.set(toolId, doc);
      this.published.add(doc);
      added.push(doc);
    }
    // One row per facet value with its docs as a JSON array: 10x faster than a row per (tool, value),
    // which at 100k tools means 1.4M rows of three strings each.
    const onlyAdded = docs === null ? sql`` : sql`WHERE d.doc IN (SELECT value FROM json_each(${JSON.stringify(added)}))`;
    const facets = db.values<[ToolDimension, string, string]>(
      sql`SELECT f.dimension, f.value, json_group_array(d.doc) FROM tool_facets f JOIN tools_search_docs d ON d.tool_id = f.tool_id ${onlyAdded} GROUP BY f.dimension, f.value`,
    );
    for (const [dimension, value, json] of facets) {
      let byValue = this.values.get(dimension);
      if (!byValue) this.values.set(dimension, (byValue = new Map()));
      let bits = byValue.get(value);
      if (!bits) byValue.set(value, (bits = new TypedFastBitSet()));
      for (const doc of JSON.parse(json) as number[]) {
        if (!this.published.has(doc)) continue;
        if (dimension === 'license' && !countsUnderLicense(value, osiApproved.has(doc))) continue;
        bits.add(doc);
      }
    }
    if (docs === null) {
      const info = (doc: number) => this.docs.get(doc)!;
      this.nameOrder = added.slice().sort((a, b) => byName(info(a), info(b)));
      this.updatedOrder = added.slice().sort((a, b) => byUpdated(info(a), info(b)));
    } else {
      for (const doc of added) {
        insertSorted(this.nameOrder, doc, (d) => byName(this.info(d), this.info(doc)));
        insertSorted(this.updatedOrder, doc, (d) => byUpdated(this.info(d), this.info(doc)));
      }
    }
  }

  private clear(): void {
    this.docs.clear();
    this.docOfTool.clear();
    this.published.clear();
    this.values.clear();
    this.nameOrder = [];
    this.updatedOrder = [];
  }

  private remove(doc: number): void {
    const info = this.docs.get(doc);
    if (!info) return;
    this.docs.delete(doc);
    this.docOfTool.delete(info.toolId);
    if (this.published.has(doc)) {
      this.published.remove(doc);
      this.nameOrder.splice(this.nameOrder.indexOf(doc), 1);
      this.updatedOrder.splice(this.updatedOrder.indexOf(doc), 1);
    }
    for (const byValue of this.values.values()) for (const bits of byValue.values()) bits.remove(doc);
  }

  /** The bitmap of one facet value (an empty one for a value no tool has). */
  bitsOf(dimension: ToolDimension, value: string): TypedFastBitSet {
    return this.values.get(dimension)?.get(value) ?? new TypedFastBitSet();
  }

  toolId(doc: number): string {
    return this.docs.get(doc)!.toolId;
  }

  info(doc: number): DocInfo {
    return this.docs.get(doc)!;
  }
}

/** Inserts `doc` into the sorted `order`; `compare(d)` orders an existing entry against the new one. */
function insertSorted(order: number[], doc: number, compare: (existing: number) => number): void {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(order[mid]!) < 0) low = mid + 1;
    else high = mid;
  }
  order.splice(low, 0, doc);
}

export { byName, byUpdated, type DocInfo };

const indexes = new WeakMap<object, CatalogueIndex>();

/** The index of `client` (the better-sqlite3 connection), created on first use and shared by all stores on it. */
export function catalogueIndexOf(client: object): CatalogueIndex {
  let index = indexes.get(client);
  if (!index) indexes.set(client, (index = new CatalogueIndex()));
  return index;
}
