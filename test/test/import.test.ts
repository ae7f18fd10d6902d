/** publiccode.yml import over the whole stack: drafts and proposals through the gateway, idempotent, round trip. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyRecords,
  createCurationClient,
  ImportRefused,
  parsePubliccode,
  publiccodeRecords,
  readInputs,
  validateFiles,
  type CatalogueDump,
  type CurationClient,
} from '@edu-catalogus/exchange';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import type { RunningWeb } from '@edu-catalogus/web';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
let api: CurationClient;
let surf: CurationClient;
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'services/exchange/test/fixtures', name), 'utf8');
const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
};
const entryCount = async () => (await api<{ toolEntries: unknown[] }>('{ toolEntries { id } }')).toolEntries.length;
const runImport = async (target: string, client = api) =>
  applyRecords(client, await publiccodeRecords(client, validateFiles(await readInputs(target)), { siteUrl: web.url, date: '2026-11-30' }));

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  api = createCurationClient({ url: stack.gatewayUrl, token: await stack.token({ sub: 'importer', org: 'kennisnet', roles: ['curator'] }) });
  surf = createCurationClient({ url: stack.gatewayUrl, token: await stack.token({ sub: 'surf-importer', org: 'surf', roles: ['curator'] }) });
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

/** Runs `npm run import`'s script (and harvest's) as a process, as a curator would. */
const cli = (script: string, args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(repoRoot, 'services/exchange/src', script), ...args],
      { cwd: repoRoot },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('publiccode.yml import', () => {
  it('refuses a folder with a malformed file, naming each problem with file, line and key, and writes nothing', async () => {
    const before = await entryCount();
    const broken = fixture('publiccode.minimal.yml')
      .replace('publiccodeYmlVersion: "0.2"', 'publiccodeYmlVersion: 0.5')
      .replace('type: "community"', 'type: "volunteers"');
    const dir = folder({ 'a.publiccode.yml': fixture('publiccode.example.yml'), 'b.publiccode.yml': broken });
    const refused = await runImport(dir).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportRefused);
    const problems = (refused as ImportRefused).problems;
    expect(problems).toEqual([
      expect.stringMatching(/b\.publiccode\.yml:1:\d+ publiccodeYmlVersion: /),
      expect.stringMatching(/b\.publiccode\.yml:38:\d+ maintenance\.type: /),
    ]);
    expect(await entryCount()).toBe(before);
  });

  it('creates a draft for a new tool with its source, and a second run creates nothing', async () => {
    const dir = folder({ 'publiccode.yml': fixture('publiccode.example.yml') });
    const first = await runImport(dir);
    expect(first).toMatchObject({ created: ['medusa'], changed: [], rejected: [] });
    const entry = await api<{ toolEntry: { entryStatus: string; draft: Record<string, any> } }>('{ toolEntry(id: "medusa") { entryStatus draft } }');
    expect(entry.toolEntry.entryStatus).toBe('DRAFT');
    expect(entry.toolEntry.draft).toMatchObject({
      name: 'Medusa',
      repository: 'https://example.com/italia/medusa.git',
      license: { expression: 'AGPL-3.0-or-later' },
      platforms: ['ANDROID', 'IOS'],
    });
    expect(entry.toolEntry.draft.sources).toEqual([{ url: 'https://example.com/italia/medusa.git', title: 'publiccode.yml (imported 2026-11-30)' }]);
    expect(entry.toolEntry.draft.uncertainties.map((u: { field: string }) => u.field)).toEqual(['summary.nl', 'description.nl', 'features.nl']);
    const before = await entryCount();
    const second = await runImport(dir);
    // The draft already holds the file: nothing new, reported as awaiting review (not unchanged: it is not public).
    expect(second).toMatchObject({ created: [], changed: [], unchanged: [], pending: ['medusa'], rejected: [] });
    expect(await entryCount()).toBe(before);
    expect((await stack.query('{ tool(id: "medusa") { id } }')).body.data).toEqual({ tool: null });
  });

  it('round trip: our own publiccode.yml imports as unchanged; an edited field becomes a proposal of only that field', async () => {
    const dump = (await (await fetch(`${web.url}/export/catalogue.json`)).json()) as CatalogueDump;
    // The first ten tools with a repository whose file, completed as below, is valid: one folder, one import.
    const files: [tool: CatalogueDump['tools'][number], file: ReturnType<typeof parse>][] = [];
    for (const tool of dump.tools.filter((t) => t.repository)) {
      const text = await (await fetch(`${web.url}/tools/${tool.id}/publiccode.yml`)).text();
      const file = parse(text);
      // What the catalogue cannot say (contacts, contractors) is supplied, as a maintainer's file would.
      if (file.maintenance?.type === 'community') file.maintenance.contacts = [{ name: 'Maintainer' }];
      if (file.maintenance?.type === 'contract') file.maintenance.contractors = [{ name: 'Vendor', until: '2030-01-01' }];
      if (parsePubliccode(stringify(file)).ok) files.push([tool, file]);
      if (files.length === 10) break;
    }
    expect(files.length).toBeGreaterThan(0);
    const report = await runImport(folder(Object.fromEntries(files.map(([tool, file]) => [`${tool.id}.publiccode.yml`, stringify(file)]))), surf);
    expect({ ...report, unchanged: [...report.unchanged].sort() }).toMatchObject({
      created: [],
      changed: [],
      unchanged: files.map(([tool]) => tool.id).sort(),
      pending: [],
      rejected: [],
    });

    const [tool, file] = files[0]!;
    file.landingURL = `${tool.homepage.replace(/\/$/, '')}/nieuw`;
    const edited = await runImport(folder({ 'publiccode.yml': stringify(file) }), surf);
    expect(edited.changed).toEqual([{ id: tool.id, fields: ['homepage'] }]);
    const entry = await api<{ toolEntry: { proposedBy: { id: string } | null; pendingChanges: { field: string }[] } }>(
      `{ toolEntry(id: "${tool.id}") { proposedBy { id } pendingChanges { field } } }`,
    );
    expect(entry.toolEntry.proposedBy?.id).toBe('surf');
    // verifiedAt is seed provenance that ToolInput cannot carry, so any API edit of a seeded entry drops it.
    const fields = entry.toolEntry.pendingChanges.map((c) => c.field);
    expect(fields).toContain('homepage');
    expect(fields.filter((f) => !['homepage', 'sources', 'verifiedAt'].includes(f))).toEqual([]);
    const again = await runImport(folder({ 'publiccode.yml': stringify(file) }), surf);
    expect(again).toMatchObject({ created: [], changed: [], unchanged: [], pending: [tool.id] });
  });

  it('the import and harvest commands report per problem and summarise, with exit codes', async () => {
    const token = await stack.token({ sub: 'cli', org: 'kennisnet', roles: ['curator'] });
    const bad = folder({ 'publiccode.yml': fixture('publiccode.minimal.yml').replace('license: AGPL-3.0-or-later', 'license: GPL or MIT') });
    const refused = await cli('import-cli.ts', [bad, '--token', token, '--gateway', stack.gatewayUrl, '--site', web.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was written/);
    expect(refused.stderr).toMatch(/publiccode\.yml:35:\d+ legal\.license: /);
    const fine = await cli('import-cli.ts', [
      folder({ 'publiccode.yml': fixture('publiccode.example.yml') }),
      '--token',
      token,
      '--gateway',
      stack.gatewayUrl,
      '--site',
      web.url,
    ]);
    expect(fine).toMatchObject({ code: 0 });
    expect(fine.stdout).toMatch(/^new: 0\nchanged: 0\nunchanged: 0\nawaiting review: 1 \(medusa\)\nrejected: 0/);
    const harvested = await cli('harvest-cli.ts', [
      '--source',
      'sill',
      '--file',
      path.join(repoRoot, 'services/exchange/test/fixtures/sill.json'),
      '--token',
      token,
      '--gateway',
      stack.gatewayUrl,
    ]);
    expect(harvested.code).toBe(0);
    expect(harvested.stdout).toMatch(/rejected: 1\n {2}https:\/\/code\.gouv\.fr\/sill\/detail\?name=Logiciel%20retir%C3%A9: dereferenced from the SILL/);
  }, 60_000);
});
