/**
 * Keyset pages over the in-memory orders. A cursor is the position of the last row: NAME
 * [name key, id], UPDATED [updatedAt, id] (newest first), RELEVANCE [bm25 score, name key, id] with
 * score 0 for the unranked hits that follow the ranked ones in name order. Positions, not offsets,
 * so a tool inserted before the cursor does not shift the next page.
 */
import { decodeCursor, InputError } from '@edu-catalogus/kit/runtime';
import type { TypedFastBitSet } from 'typedfastbitset';
import type { CatalogueIndex, DocInfo } from './catalogue-index.ts';
import type { RankedDoc } from './text-hits.ts';

export type ToolOrder = 'RELEVANCE' | 'NAME' | 'UPDATED';
export type Position = (string | number)[];

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const compareTuples = (a: readonly (string | number)[], b: readonly (string | number)[]) => {
  for (let i = 0; i < a.length; i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
};

/** The sort key of a document in `order`; UPDATED sorts newest first, so its key compares reversed. */
export function positionOf(order: ToolOrder, info: DocInfo, score = 0): Position {
  if (order === 'UPDATED') return [info.updatedAt, info.toolId];
  if (order === 'NAME') return [info.nameKey, info.toolId];
  return [score, info.nameKey, info.toolId];
}

function comparePositions(order: ToolOrder, a: Position, b: Position): number {
  if (order === 'UPDATED') return compare(b[0]!, a[0]!) || compare(a[1]!, b[1]!);
  return compareTuples(a, b);
}

/** The position `after` names, checked against the shape `order` uses. */
export function parseAfter(order: ToolOrder, after: string | null | undefined): Position | null {
  if (!after) return null;
  const position = decodeCursor(after);
  const shape = order === 'RELEVANCE' ? ['number', 'string', 'string'] : ['string', 'string'];
  if (position.length !== shape.length || position.some((v, i) => typeof v !== shape[i])) {
    throw new InputError('after', `after is not a cursor of this list in ${order} order`);
  }
  return position as Position;
}

/** Up to `limit` docs of `order` that are in `matching` and not in `skip`, after position `after`. */
function walk(
  index: CatalogueIndex,
  order: ToolOrder,
  docs: readonly number[],
  matching: TypedFastBitSet,
  after: Position | null,
  limit: number,
  skip?: Set<number>,
): number[] {
  let start = 0;
  if (after) {
    let high = docs.length;
    while (start < high) {
      const mid = (start + high) >>> 1;
      if (comparePositions(order, positionOf(order, index.info(docs[mid]!)), after) <= 0) start = mid + 1;
      else high = mid;
    }
  }
  const page: number[] = [];
  for (let i = start; i < docs.length && page.length < limit; i++) {
    const doc = docs[i]!;
    if (matching.has(doc) && !skip?.has(doc)) page.push(doc);
  }
  return page;
}

export interface PageEntry {
  doc: number;
  position: Position;
}

/** The ranked hits in RELEVANCE order with their positions: sorted once per search, not per page. */
export function sortRanked(index: CatalogueIndex, ranked: readonly RankedDoc[]): PageEntry[] {
  return ranked
    .filter((r) => index.docs.has(r.doc))
    .map((r) => ({ doc: r.doc, position: positionOf('RELEVANCE', index.info(r.doc), r.score) }))
    .sort((a, b) => compareTuples(a.position, b.position));
}

/** `limit` entries of the matching docs in `order`, after `after`; `ranked` (from sortRanked) only for RELEVANCE. */
export function pageOf(
  index: CatalogueIndex,
  order: ToolOrder,
  matching: TypedFastBitSet,
  after: Position | null,
  limit: number,
  ranked: readonly PageEntry[] = [],
): PageEntry[] {
  if (order !== 'RELEVANCE') {
    const docs = order === 'NAME' ? index.nameOrder : index.updatedOrder;
    return walk(index, order, docs, matching, after, limit).map((doc) => ({ doc, position: positionOf(order, index.info(doc)) }));
  }
  const head: PageEntry[] = [];
  for (const entry of ranked) {
    if (head.length === limit) return head;
    if (matching.has(entry.doc) && (!after || compareTuples(entry.position, after) > 0)) head.push(entry);
  }
  if (head.length === limit) return head;
  // The unranked hits follow in name order: their position is [0, name key, id].
  const tailAfter = after && after[0] === 0 ? [after[1]!, after[2]!] : null;
  const skip = new Set(ranked.map((r) => r.doc));
  const tail = walk(index, 'NAME', index.nameOrder, matching, tailAfter, limit - head.length, skip);
  return [...head, ...tail.map((doc) => ({ doc, position: positionOf(order, index.info(doc), 0) }))];
}
