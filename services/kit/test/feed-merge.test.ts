/** The feed merge: order (time, subgraph, seq), served only below every subgraph's bound, cursor per subgraph. */
import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, encodeFeedCursor, mergePages, type OutboxEvent } from '../src/changes/merge.ts';

const order = ['a', 'b'];
const ev = (seq: number, at: string): OutboxEvent => ({ seq, entityType: 'Tool', entityId: `t${seq}`, action: 'published', version: 3, fields: [], at });

describe('merging outboxes', () => {
  it('serves nothing at or past a subgraph watermark, even when another subgraph has later events ready', () => {
    const pages = { a: { events: [ev(1, 't1'), ev(2, 't3')], watermark: 't5' }, b: { events: [], watermark: 't2' } };
    const merged = mergePages(order, { a: 0, b: 0 }, pages, 10, 10);
    expect(merged.events.map((e) => e.seq)).toEqual([1]);
    expect(merged.positions).toEqual({ a: 1, b: 0 });
    expect(merged.complete).toBe(false);
  });

  it('orders equal times by subgraph, then seq, and stops after the last event of a full page', () => {
    const pages = { a: { events: [ev(7, 't1')], watermark: 't9' }, b: { events: [ev(3, 't1'), ev(4, 't4')], watermark: 't9' } };
    const merged = mergePages(order, { a: 6, b: 2 }, pages, 2, 10);
    expect(merged.events.map((e) => `${e.subgraph}${e.seq}`)).toEqual(['a7', 'b3', 'b4']);
    expect(merged.positions).toEqual({ a: 7, b: 4 });
    // a's page is full: its unlisted events may come before b's t3, so b3 waits.
    const full = mergePages(
      order,
      { a: 0, b: 0 },
      { a: { events: [ev(1, 't1'), ev(2, 't2')], watermark: 't9' }, b: { events: [ev(3, 't3')], watermark: 't9' } },
      2,
      10,
    );
    expect(full.events.map((e) => `${e.subgraph}${e.seq}`)).toEqual(['a1', 'a2']);
    expect(full.complete).toBe(false);
  });

  it('moves the cursor past events the reader filtered out', () => {
    const pages = { a: { events: [ev(1, 't1'), ev(2, 't2')], watermark: 't9' }, b: { events: [], watermark: 't9' } };
    const merged = mergePages(order, { a: 0, b: 0 }, pages, 10, 10, (e) => e.seq === 2);
    expect(merged.events.map((e) => e.seq)).toEqual([2]);
    expect(merged.positions.a).toBe(2);
    expect(merged.complete).toBe(true);
  });

  it('round-trips an opaque cursor and refuses a foreign one, naming `after`', () => {
    expect(decodeFeedCursor(order, encodeFeedCursor(order, { a: 12, b: 0 }))).toEqual({ a: 12, b: 0 });
    expect(decodeFeedCursor(order, null)).toEqual({ a: 0, b: 0 });
    expect(() => decodeFeedCursor(order, 'bm9wZQ')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
  });
});
