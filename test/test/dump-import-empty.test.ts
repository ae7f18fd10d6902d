/**
 * The JSON dump of the seeded catalogue imported into an empty one, through the curation API as the
 * importer does (drafts, then a second curator reviews and publishes): the new catalogue's dump holds
 * every published entry of the old one, field for field (verifiedAt and the tools' replaces included),
 * only updatedAt newer. References between entries of one type (a facility's dependsOn) and a tool's
 * replaces (Alternative entries, which need their tool published) arrive with a second import.
 * Offerings and advice (the schools subgraph) come last, once the tools, products and providers they name are published.
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
  ['alternatives', 'Alternative'],
  ['offerings', 'Offering'],
  ['advice', 'Advice'],
] as const;
type EntityKey = Exclude<(typeof TYPES)[number][0], 'alternatives'>;
const ENTITY_KEYS = TYPES.map(([k]) => k).filter((k): k is EntityKey => k !== 'alternatives');
/** A tool's `replaces` as the Alternative entries the import makes of them. */
const pairs = (dump: CatalogueDump) => dump.tools.flatMap((t) => t.replaces.map((r) => `${t.id}--${r.product.id}`));

let seeded: Stack;
let empty: Stack;
let seededWeb: RunningWeb;
let emptyWeb: RunningWeb;
let importer: CurationClient;
let reviewer: CurationClient;

const dumpOf = async (web: RunningWeb) => {
  const response = await fetch(`${web.url}/export/catalogue.json`);
  const text = await response.text();
  if (!response.ok) throw new Error(`${web.url}/export/catalogue.json: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as CatalogueDump;
};
/** An entity as a comparable value: everything but the time of its last change, which an import makes new. */
const content = (entity: object) => {
  const { updatedAt: _updatedAt, ...rest } = entity as { updatedAt?: string };
  return rest;
};

/** `items` in runs of `size`. */
const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Runs `work` on every item, `width` at a time (the review of some 800 drafts). */
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

    // Type by type, as a curator would: import, review and publish every draft the import reports, import
    // again. A draft may name only published entries, so the first pass holds back references within a
    // type and the alternatives of tools not yet published (flagged); the next pass proposes them.
    let flagged = 0;
    for (const key of ENTITY_KEYS) {
      const only = { ...dump, ...Object.fromEntries(ENTITY_KEYS.map((k) => [k, k === key ? dump[k] : []])) } as CatalogueDump;
      const first = await importDump(importer, only, 'catalogue.json');
      expect(first[key]!.created.sort(), key).toEqual((dump[key] as { id: string }[]).map((e) => e.id).sort());
      if (key === 'tools') expect(first.alternatives!.flagged.length).toBe(pairs(dump).length);
      flagged += first[key]!.flagged.length;
      for (let reports = first, pass = 1; ; pass++) {
        const drafts = TYPES.flatMap(([k, typeName]) => {
          const report = reports[k]!;
          expect(report.rejected, `${key}: ${k}`).toEqual([]);
          return [...report.created, ...report.changed.map((c) => c.id), ...(report.pending ?? [])].map((id) => [typeName, id] as const);
        });
        if (drafts.length === 0) break;
        expect(pass, `${key}: still changing after ${pass} passes`).toBeLessThan(4);
        // Fifteen drafts a request (the gateway's alias limit): the 800 reviews are 1,600 mutations.
        await inParallel(chunks(drafts, 15), 3, async (chunk) => {
          await importer(`mutation { ${chunk.map(([typeName, id], i) => `s${i}: submit${typeName}(id: ${JSON.stringify(id)}) { id }`).join(' ')} }`);
          await reviewer(`mutation { ${chunk.map(([typeName, id], i) => `p${i}: publish${typeName}(id: ${JSON.stringify(id)}) { id }`).join(' ')} }`);
        });
        reports = await importDump(importer, only, 'catalogue.json');
      }
    }
    expect(flagged).toBeGreaterThan(0);
    // The whole dump again: every entry, the alternatives included, is there and published.
    const again = await importDump(importer, dump, 'catalogue.json');
    expect(again.alternatives!.unchanged.sort()).toEqual(pairs(dump).sort());
    for (const [k] of TYPES)
      expect({ ...again[k]!, unchanged: [] }, k).toEqual({ created: [], changed: [], unchanged: [], pending: [], rejected: [], flagged: [] });

    const after = await dumpOf(emptyWeb);
    for (const key of ENTITY_KEYS) {
      const entities: { id: string }[] = dump[key];
      const byId = new Map((after[key] as { id: string }[]).map((e) => [e.id, e]));
      expect([...byId.keys()].sort(), key).toEqual(entities.map((e) => e.id).sort());
      for (const entity of entities) expect(content(byId.get(entity.id)!), `${key}/${entity.id}`).toEqual(content(entity));
    }
  }, 1_200_000);
});
