import { describe, expect, it } from 'vitest';
import { dumpSchema } from '../src/dump-schema.ts';
import { jsonDumpChunks } from '../src/json-dump.ts';
import { collect, sample, sampleSource } from './sample.ts';

const options = { generatedAt: '2026-11-30T12:00:00.000Z', baseUrl: 'https://catalogus.example.nl' };

describe('JSON dump', () => {
  it('is one JSON document with every entity type, the licence and stable ids, valid against the dump schema', async () => {
    const dump = JSON.parse(await collect(jsonDumpChunks(sampleSource().source, options)));
    expect(dump.license.id).toBe('CC0-1.0');
    expect(dump.tools.map((t: { id: string }) => t.id)).toEqual(['moodle', 'tricky']);
    expect(dump.standards[0]).toEqual(sample.standards[0]);
    expect(dump.offerings).toEqual(sample.offerings);
    expect(dump.advice).toEqual(sample.advice);
    const checked = dumpSchema.safeParse(dump);
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  it('reads the next page only when the previous one has been written (streamed, not built in memory)', async () => {
    const { source, pulled } = sampleSource();
    const chunks = jsonDumpChunks(source, options);
    await chunks.next(); // header
    await chunks.next(); // "tools":[
    await chunks.next(); // first page
    expect(pulled).toEqual(['tools:moodle']);
    await chunks.next();
    expect(pulled).toEqual(['tools:moodle', 'tools:tricky']);
  });

  it('keeps verifiedAt of every entry, and the dump schema knows it', async () => {
    const dump = JSON.parse(await collect(jsonDumpChunks(sampleSource().source, options)));
    expect(dump.tools.map((t: { verifiedAt?: string | null }) => t.verifiedAt)).toEqual(['2026-10-30', null]);
    const parsed = dumpSchema.parse(dump);
    expect(parsed.tools[0]!.verifiedAt).toBe('2026-10-30');
    expect(parsed.standards[0]!.verifiedAt).toBe('2026-08-31');
  });

  it('refuses a dump that lacks a required field', async () => {
    const dump = JSON.parse(await collect(jsonDumpChunks(sampleSource().source, options)));
    delete dump.tools[0].license;
    expect(dumpSchema.safeParse(dump).success).toBe(false);
  });
});
