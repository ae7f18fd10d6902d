/** JSON dump → import into curation over the whole stack: our own dump reproduces every entry of every type. */
import { createCurationClient, importDump, type CatalogueDump, type CurationClient } from '@edu-catalogus/exchange';
import type { RunningWeb } from '@edu-catalogus/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
let api: CurationClient;
let dump: CatalogueDump;
const TYPES = ['organisations', 'categories', 'standards', 'facilities', 'products', 'tools', 'offerings', 'advice'] as const;
/** The field edited per type, and how: a name where the type has one. */
const EDITS: Record<(typeof TYPES)[number], [field: string, edit: (value: unknown) => unknown]> = {
  organisations: ['name', (v) => `${v} (bewerkt)`],
  categories: ['name', (v) => ({ ...(v as object), en: 'Edited name' })],
  standards: ['name', (v) => `${v} (bewerkt)`],
  facilities: ['name', (v) => `${v} (bewerkt)`],
  products: ['name', (v) => `${v} (bewerkt)`],
  tools: ['name', (v) => `${v} (bewerkt)`],
  offerings: ['url', (v) => `${v}#bewerkt`],
  advice: ['summary', (v) => ({ ...(v as object), en: 'Edited advice' })],
};

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  api = createCurationClient({ url: stack.gatewayUrl, token: await stack.token({ sub: 'dump-importer', org: 'kennisnet', roles: ['curator'] }) });
  dump = (await (await fetch(`${web.url}/export/catalogue.json`)).json()) as CatalogueDump;
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

describe('JSON dump round trip', () => {
  it('importing our own dump finds every entry of every type unchanged and writes nothing', async () => {
    expect(dump.offerings.length).toBeGreaterThanOrEqual(25);
    expect(dump.advice.length).toBeGreaterThan(0);
    const reports = await importDump(api, dump, 'catalogue.json');
    for (const type of TYPES) {
      expect(reports[type], type).toMatchObject({ created: [], changed: [], rejected: [] });
      expect(reports[type]!.unchanged.sort(), type).toEqual(dump[type].map((e) => e.id).sort());
    }
  });

  // One dump edited type by type (the tests run in order), so earlier edits stay what the catalogue holds.
  let edited: CatalogueDump;
  it.each(TYPES)('%s: an edited entity in the dump becomes a draft of only that field, and a rerun writes nothing', async (type) => {
    edited ??= structuredClone(dump);
    const entity = edited[type][0] as unknown as Record<string, unknown> & { id: string };
    const [field, edit] = EDITS[type];
    entity[field] = edit(entity[field]);
    const reports = await importDump(api, edited, 'catalogue.json');
    expect(reports[type]!.changed).toEqual([{ id: entity.id, fields: [field] }]);
    for (const other of TYPES.filter((t) => t !== type)) expect(reports[other]!.changed, other).toEqual([]);
    // The rerun writes nothing, and says the draft still awaits review rather than "unchanged".
    const rerun = (await importDump(api, edited, 'catalogue.json'))[type]!;
    expect(rerun.changed).toEqual([]);
    expect(rerun.pending).toEqual([entity.id]);
    expect(rerun.unchanged).not.toContain(entity.id);
  });

  it('imports a change to an offering whose notes were English-only until the seeds gave every note in Dutch too', async () => {
    // Before the seeds' offerings had Dutch notes, this import was refused ("English-only note") and wrote nothing.
    const offering = edited.offerings.find((o) => o.id === 'openedu-moodle')!;
    offering.url = `${offering.url}#bewerkt`;
    const reports = await importDump(api, edited, 'catalogue.json');
    expect(reports.offerings!.rejected).toEqual([]);
    expect(reports.offerings!.changed).toEqual([{ id: 'openedu-moodle', fields: ['url'] }]);
    const { offeringEntry } = await api<{ offeringEntry: { draft: { url: string } | null } }>('{ offeringEntry(id: "openedu-moodle") { draft } }');
    expect(offeringEntry.draft?.url).toBe(offering.url);
  });

  /** A dump of only `organisations` (none of the other types). */
  const onlyOrganisations = (organisations: CatalogueDump['organisations']) =>
    ({ ...dump, ...Object.fromEntries(TYPES.map((t) => [t, []])), tools: [], organisations }) as CatalogueDump;
  const newOrganisations = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...dump.organisations[0]!, id: `${prefix}-${i + 1}`, name: `Importtest ${prefix} ${i + 1}` }));
  /** `api`, counting the mutation requests it sends. */
  let mutations = 0;
  const counted: CurationClient = (query, variables) => {
    if (query.trimStart().startsWith('mutation')) mutations++;
    return api(query, variables);
  };

  it('creates new entries ten to a request', async () => {
    const organisations = newOrganisations('batch', 12);
    mutations = 0;
    const reports = await importDump(counted, onlyOrganisations(organisations), 'catalogue.json');
    expect(reports.organisations).toMatchObject({ created: organisations.map((o) => o.id), rejected: [] });
    expect(mutations).toBe(2);
  });

  it('a create the API refuses in the middle of a request costs only itself: the others are created once, it is reported', async () => {
    const organisations = newOrganisations('refused', 12);
    organisations[4] = { ...organisations[4]!, homepage: 'ftp://not-a-web-page' };
    const reports = await importDump(counted, onlyOrganisations(organisations), 'catalogue.json');
    const fine = organisations.filter((_, i) => i !== 4).map((o) => o.id);
    expect(reports.organisations!.created).toEqual(fine);
    expect(reports.organisations!.rejected).toEqual([{ origin: 'catalogue.json#organisations/refused-5', reasons: [expect.stringMatching(/homepage/)] }]);
    // Each draft once, with the import's comment; the refused one not at all. A rerun creates nothing and refuses it again.
    const { organisationEntries } = await api<{ organisationEntries: { id: string; history: { comment: string }[] }[] }>(
      '{ organisationEntries { id history { comment } } }',
    );
    const made = organisationEntries.filter((e) => e.id.startsWith('refused-'));
    expect(made.map((e) => e.id).sort()).toEqual([...fine].sort());
    for (const entry of made)
      expect(
        entry.history.map((r) => r.comment),
        entry.id,
      ).toEqual(['Imported from catalogue.json']);
    const rerun = (await importDump(api, onlyOrganisations(organisations), 'catalogue.json')).organisations!;
    expect(rerun).toMatchObject({ created: [], pending: fine, rejected: [{ origin: 'catalogue.json#organisations/refused-5' }] });
  });
});
