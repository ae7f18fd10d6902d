/** Harvesters over the whole stack, from saved snapshots: drafts and proposals with provenance, idempotent. */
import path from 'node:path';
import { createCurationClient, runHarvest, type CurationClient } from '@edu-catalogus/exchange';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
let api: CurationClient;
const snapshot = (name: string) => ({ file: path.join(repoRoot, 'services/exchange/test/fixtures', name) });
const harvest = (source: string, file: string) => runHarvest(api, { source, from: snapshot(file), siteUrl: 'http://localhost:3000', date: '2026-11-30' });
const entry = async (id: string) =>
  (
    await api<{
      toolEntry: {
        entryStatus: string;
        proposedBy: { id: string } | null;
        draft: Record<string, any> | null;
        pendingChanges: { field: string; new: unknown }[];
      };
    }>(`{ toolEntry(id: "${id}") { entryStatus proposedBy { id } draft pendingChanges { field new } } }`)
  ).toolEntry;
const count = async () => (await api<{ toolEntries: unknown[] }>('{ toolEntries { id } }')).toolEntries.length;

beforeAll(async () => {
  stack = await startStack();
  api = createCurationClient({ url: stack.gatewayUrl, token: await stack.token({ sub: 'harvester', org: 'surf', roles: ['curator'] }) });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

describe('harvesters', () => {
  it('Developers Italia: a draft for a new tool with the record as its source; invalid and inactive records rejected with reasons; a rerun writes nothing', async () => {
    const report = await harvest('developers-italia', 'developers-italia.software.json');
    expect(report.created).toEqual(['developers-italia-api']);
    expect(report.rejected.map((r) => r.origin)).toEqual([
      'https://api.developers.italia.it/v1/software/without-licence',
      'https://api.developers.italia.it/v1/software/inactive-record',
    ]);
    expect(report.rejected[0]!.reasons.join()).toMatch(/legal/);
    const draft = (await entry('developers-italia-api')).draft!;
    expect(draft.sources).toEqual([
      { url: 'https://api.developers.italia.it/v1/software/developers-italia-api', title: 'Developers Italia software catalogue (harvested 2026-11-30)' },
    ]);
    expect(draft).toMatchObject({
      license: { expression: 'AGPL-3.0-or-later' },
      repository: 'https://github.com/italia/developers-italia-api',
      developmentStatus: 'BETA',
    });
    const before = await count();
    const again = await harvest('developers-italia', 'developers-italia.software.json');
    expect(again).toMatchObject({ created: [], changed: [], unchanged: [], pending: ['developers-italia-api'] });
    expect(await count()).toBe(before);
  });

  it('SILL: matches Nextcloud by repository and proposes only the changed fields with the SILL entry as source', async () => {
    const report = await harvest('sill', 'sill.json');
    expect(report.created).toEqual([]);
    expect(report.rejected.map((r) => r.reasons[0])).toEqual(['dereferenced from the SILL']);
    const changed = report.changed.find((c) => c.id === 'nextcloud')!;
    expect(changed.fields).toContain('license');
    expect(changed.fields).not.toContain('homepage');
    const nextcloud = await entry('nextcloud');
    expect(nextcloud.proposedBy?.id).toBe('surf');
    expect(nextcloud.draft!.sources).toContainEqual({
      url: 'https://code.gouv.fr/sill/detail?name=NextCloud',
      title: 'SILL, code.gouv.fr, Licence Ouverte 2.0 (harvested 2026-11-30)',
    });
    expect(nextcloud.pendingChanges.map((c) => c.field)).toContain('license.expression');
    expect(await harvest('sill', 'sill.json')).toMatchObject({ created: [], changed: [], unchanged: [], pending: ['nextcloud'] });
  });

  it('Wikidata: updates only tools we hold, and flags several licences instead of joining them', async () => {
    const report = await harvest('wikidata', 'wikidata.sparql.json');
    expect(report.created).toEqual([]);
    expect(report.rejected).toEqual([
      { origin: 'https://www.wikidata.org/wiki/Q110707544', reasons: ['not in the catalogue (this source only updates entries we hold)'] },
    ]);
    expect(report.flagged).toEqual([{ origin: 'https://www.wikidata.org/wiki/Q10135', notes: [expect.stringContaining('LGPL-3.0-or-later, MPL-2.0')] }]);
    const libreoffice = report.changed.find((c) => c.id === 'libreoffice');
    expect(libreoffice?.fields ?? []).not.toContain('license');
    const again = await harvest('wikidata', 'wikidata.sparql.json');
    expect(again.changed).toEqual([]);
  });
});
