/** The open-data exports over the whole stack: every export answers, is linked, parses back and validates. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_TYPES, dumpSchema, parsePubliccode, type CatalogueDump } from '@edu-catalogus/exchange';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import type { RunningWeb } from '@edu-catalogus/web';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';
import { startWebOver } from '../src/web.ts';

let stack: Stack;
let web: RunningWeb;
let dump: CatalogueDump;
const get = (p: string, headers: Record<string, string> = {}) => fetch(`${web.url}${p}`, { headers });
const shapes = new Store(new Parser().parse(readFileSync(path.join(repoRoot, 'services/exchange/test/fixtures/dcat-ap-3.0.1-shapes.ttl'), 'utf8')));

beforeAll(async () => {
  stack = await startStack();
  web = await startWebOver(stack);
  dump = (await (await get('/export/catalogue.json')).json()) as CatalogueDump;
}, 60_000);
afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

describe('exports', () => {
  it('the JSON dump holds every published entry of every type and matches its schema', async () => {
    const checked = dumpSchema.safeParse(dump);
    expect(checked.error?.issues ?? []).toEqual([]);
    const published = await stack.query<{
      tools: { totalCount: number };
      facilities: { totalCount: number };
      standards: { totalCount: number };
      products: { totalCount: number };
      offerings: { totalCount: number };
      adviceList: { totalCount: number };
    }>(
      '{ tools { totalCount } products { totalCount } facilities { totalCount } standards { totalCount } offerings { totalCount } adviceList { totalCount } }',
    );
    expect(dump.tools.length).toBe(published.body.data!.tools.totalCount);
    expect(dump.tools.length).toBeGreaterThan(50);
    expect(dump.products.length).toBe(published.body.data!.products.totalCount);
    expect(dump.facilities.length).toBe(published.body.data!.facilities.totalCount);
    expect(dump.standards.length).toBe(published.body.data!.standards.totalCount);
    expect(dump.offerings.length).toBe(published.body.data!.offerings.totalCount);
    expect(dump.offerings.length).toBeGreaterThanOrEqual(25);
    expect(dump.advice.length).toBe(published.body.data!.adviceList.totalCount);
    expect(dump.advice.length).toBeGreaterThan(0);
    expect(new Set(dump.tools.map((t) => t.id)).size).toBe(dump.tools.length);
    expect(dump.license.id).toBe('CC0-1.0');
  });

  it('answers with Cache-Control, ETag and Last-Modified, and 304 to a matching If-None-Match', async () => {
    const response = await get('/export/catalogue.json');
    await response.body?.cancel();
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(Date.parse(response.headers.get('last-modified')!)).toBeGreaterThan(0);
    expect((await get('/export/catalogue.json', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/export/tools.csv', { 'if-none-match': etag })).status).toBe(304);
    const semicolon = await get('/export/tools.csv?delimiter=semicolon', { 'if-none-match': etag });
    expect(semicolon.status).toBe(200);
    await semicolon.body?.cancel();
  });

  it('every CSV parses back (RFC 4180) to one row per entity of the dump', async () => {
    for (const type of CSV_TYPES) {
      const response = await get(`/export/${type}.csv`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      const rows = parseCsv(await response.text(), { bom: true, columns: true, record_delimiter: '\r\n' }) as { id: string }[];
      expect(
        rows.map((r) => r.id),
        type,
      ).toEqual(dump[type].map((e) => e.id));
    }
  });

  it('publiccode.yml per tool passes the parser rules except the keys its comments name as missing', async () => {
    let complete = 0;
    for (const tool of dump.tools.slice(0, 25)) {
      const response = await get(`/tools/${tool.id}/publiccode.yml`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/^publiccodeYmlVersion: "0"$/m);
      const named = [...text.matchAll(/^# MISSING (\S+):/gm)].map((m) => m[1]!);
      const result = parsePubliccode(text);
      const failing = result.ok ? [] : [...new Set(result.problems.map((p) => p.key))];
      for (const key of failing)
        expect(
          named.some((m) => key === m || key.startsWith(`${m}.`) || m.startsWith(`${key}.`)),
          `${tool.id}: ${key}`,
        ).toBe(true);
      if (result.ok) complete++;
    }
    const coverage = (await (await get('/export/publiccode-coverage.json')).json()) as { tools: number; complete: number; missing: Record<string, number> };
    expect(coverage.tools).toBe(dump.tools.length);
    expect(coverage.complete).toBeGreaterThanOrEqual(0);
    expect(complete).toBeLessThanOrEqual(coverage.complete);
    expect((await get('/tools/no-such-tool/publiccode.yml')).status).toBe(404);
  });

  it.each(['/dcat.ttl', '/adms.ttl'])('%s conforms to the DCAT-AP 3.0.1 SHACL shapes', async (p) => {
    const turtle = await (await get(p)).text();
    const report = await new SHACLValidator(shapes).validate(new Store(new Parser().parse(turtle)));
    expect(report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join()}`)).toEqual([]);
    if (p === '/adms.ttl') for (const s of dump.standards) expect(turtle).toContain(`/standaarden/${s.id}>`);
  });

  it('entry pages carry schema.org JSON-LD for standards (dct:Standard) and tools (conformsTo their standards)', async () => {
    const ld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const standard = dump.standards[0]!;
    expect(ld(await (await get(`/standaarden/${standard.id}`)).text())[0]).toMatchObject({
      '@type': 'CreativeWork',
      additionalType: 'http://purl.org/dc/terms/Standard',
      name: standard.name,
    });
    const tool = dump.tools.find((t) => t.standards.length > 0)!;
    const toolLd = ld(await (await get(`/tools/${tool.id}`)).text())[0];
    expect(toolLd['http://purl.org/dc/terms/conformsTo']).toContainEqual({ '@id': `${web.url}/standaarden/${tool.standards[0]!.id}` });
  });

  it('the Open data page in both languages links every export, and each link answers', async () => {
    for (const page of ['/open-data', '/en/open-data']) {
      const html = await (await get(page)).text();
      const links = [...html.matchAll(/href="(\/(?:export|dcat|adms)[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      expect(links.length).toBeGreaterThanOrEqual(CSV_TYPES.length * 2 + 6);
      for (const link of new Set(links)) {
        const response = await get(link);
        expect(response.status, link).toBe(200);
        await response.body?.cancel();
      }
    }
    expect(await (await get('/')).text()).toContain('href="/open-data"');
  });

  // Last: it changes the catalogue the other tests read.
  it('a change to the published catalogue changes the ETag, so a conditional request gets the new export', async () => {
    const before = await get('/export/catalogue.json');
    const etag = before.headers.get('etag')!;
    await before.body?.cancel();
    const id = dump.tools.at(-1)!.id;
    for (const sub of ['alice', 'bob']) {
      const token = await stack.token({ sub, org: 'kennisnet', roles: ['curator'] });
      const archived = await stack.query(`mutation { archiveTool(id: "${id}") { entryStatus } }`, {}, { authorization: `Bearer ${token}` });
      expect(archived.body.errors ?? []).toEqual([]);
    }
    const after = await get('/export/catalogue.json', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const current = (await after.json()) as CatalogueDump;
    expect(current.tools.map((t) => t.id)).not.toContain(id);
    expect(current.tools.length).toBe(dump.tools.length - 1);
    // An offering archived by two curators leaves the dump and its CSV, under a new ETag.
    const offering = dump.offerings[0]!.id;
    for (const sub of ['alice', 'bob']) {
      const token = await stack.token({ sub, org: 'kennisnet', roles: ['curator'] });
      const archived = await stack.query(`mutation { archiveOffering(id: "${offering}") { entryStatus } }`, {}, { authorization: `Bearer ${token}` });
      expect(archived.body.errors ?? []).toEqual([]);
    }
    const later = await get('/export/offerings.csv', { 'if-none-match': after.headers.get('etag')! });
    expect(later.status).toBe(200);
    expect(await later.text()).not.toContain(`\r\n${offering},`);
    expect(later.headers.get('etag')).not.toBe(after.headers.get('etag'));
  });
});
