/**
 * The JSON dump of the seeded catalogue imported into an empty one, through the curation API as the
 * importer does (drafts, then a second curator reviews and publishes): the new catalogue's dump holds
 * every published entry of the old one, field for field (verifiedAt included), only updatedAt newer.
 * References between entries of one type (a facility's dependsOn) arrive with a second import.
 */
import { createCurationClient, importDump, type CatalogueDump, type CurationClient } from '@edu-catalogus/exchange';
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

const TYPES = [
  ['organisations', 'Organisation'],
  ['categories', 'Category'],
  ['standards', 'Standard'],
  ['facilities', 'Facility'],
  ['products', 'Product'],
  ['tools', 'Tool'],
] as const;
const ENTITY_KEYS = TYPES.map(([k]) => k);

let seeded: Stack;
let empty: Stack;
let seededWeb: RunningWeb;
let emptyWeb: RunningWeb;
let importer: CurationClient;
let reviewer: CurationClient;

const dumpOf = async (web: RunningWeb) => (await (await fetch(`${web.url}/export/catalogue.json`)).json()) as CatalogueDump;
/**
 * An entity as a comparable value: everything but the time of its last change, which an import makes
 * new, and a tool's `replaces` (Alternative entries: into an empty catalogue they are not yet reproduced,
 * see the report of this branch).
 */
const content = (entity: object) => {
  const { updatedAt: _updatedAt, replaces: _replaces, ...rest } = entity as { updatedAt?: string; replaces?: unknown };
  return rest;
};

/** Runs `work` on every item, `width` at a time (the review of some 500 drafts). */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

beforeAll(async () => {
  [seeded, empty] = await Promise.all([startStack(), startStack({ empty: true, env: { RATE_LIMIT: '1000000000', RATE_LIMIT_PORTAL: '1000000000' } })]);
  [seededWeb, emptyWeb] = await Promise.all([startWebOver(seeded), startWebOver(empty)]);
  // Admins: an empty catalogue holds no organisation yet for a curator to belong to.
  importer = createCurationClient({ url: empty.gatewayUrl, token: await empty.token({ sub: 'importer', org: 'kennisnet', roles: ['admin'] }) });
  reviewer = createCurationClient({ url: empty.gatewayUrl, token: await empty.token({ sub: 'reviewer', org: 'kennisnet', roles: ['admin'] }) });
}, 120_000);
afterAll(async () => {
  await Promise.all([seededWeb?.close(), emptyWeb?.close()]);
  await Promise.all([seeded?.stop(), empty?.stop()]);
});

describe('JSON dump into an empty catalogue', () => {
  it('reproduces every published entry of every type, verifiedAt included', async () => {
    const dump = await dumpOf(seededWeb);
    const before = await dumpOf(emptyWeb);
    for (const key of ENTITY_KEYS) expect(before[key], key).toEqual([]);
    expect(dump.tools.some((t) => t.verifiedAt)).toBe(true);

    // Type by type, as a curator would: import, review and publish the drafts, import again. A draft may
    // name only published entries, so the first pass holds back references within a type (flagged).
    let flagged = 0;
    for (const [key, typeName] of TYPES) {
      const only = { ...dump, ...Object.fromEntries(TYPES.map(([k]) => [k, k === key ? dump[k] : []])) } as CatalogueDump;
      const first = (await importDump(importer, only, 'catalogue.json'))[key]!;
      expect(first.rejected.slice(0, 3), key).toEqual([]);
      expect(first.created.sort(), key).toEqual((dump[key] as { id: string }[]).map((e) => e.id).sort());
      flagged += first.flagged.length;
      for (let report = first, pass = 1; ; pass++) {
        expect(report.rejected, key).toEqual([]);
        const drafts = [...report.created, ...report.changed.map((c) => c.id)];
        if (drafts.length === 0) break;
        expect(pass, `${key}: still changing after ${pass} passes`).toBeLessThan(4);
        await inParallel(drafts, 6, async (id) => {
          await importer(`mutation($id: ID!) { submit${typeName}(id: $id) { id } }`, { id });
          await reviewer(`mutation($id: ID!) { publish${typeName}(id: $id) { id } }`, { id });
        });
        report = (await importDump(importer, only, 'catalogue.json'))[key]!;
      }
    }
    expect(flagged).toBeGreaterThan(0);

    const after = await dumpOf(emptyWeb);
    for (const key of ENTITY_KEYS) {
      const entities: { id: string }[] = dump[key];
      const byId = new Map((after[key] as { id: string }[]).map((e) => [e.id, e]));
      expect([...byId.keys()].sort(), key).toEqual(entities.map((e) => e.id).sort());
      for (const entity of entities) expect(content(byId.get(entity.id)!), `${key}/${entity.id}`).toEqual(content(entity));
    }
  }, 1_200_000);
});
