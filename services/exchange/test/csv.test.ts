import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvChunks, LIST_SEPARATOR } from '../src/csv.ts';
import { dumpSchema } from '../src/dump-schema.ts';
import { jsonDumpChunks } from '../src/json-dump.ts';
import type { EntitySource, EntityType, EntityTypes } from '../src/model.ts';
import { collect, sample, sampleSource } from './sample.ts';

describe('CSV export', () => {
  it('parses back to the same values, one row per entity, with a header and the documented list separator', async () => {
    const text = await collect(csvChunks(sampleSource().source, 'tools'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual(CSV_COLUMNS.tools.map(([name]) => name));
    expect(rows[0]).toMatchObject({
      id: 'moodle',
      summary_nl: sample.tools[0]!.summary.nl,
      platforms: ['WEB', 'ANDROID', 'IOS'].join(LIST_SEPARATOR),
      license_osi_approved: 'true',
      replaces: 'google-classroom:FULL',
    });
    expect(rows[1]).toMatchObject({ id: 'tricky', summary_nl: 'Regel één,\nregel "twee"; met puntkomma', summary_en: '', repository: '' });
  });

  it('ends records with CRLF and neutralises cells that a spreadsheet would run as a formula', async () => {
    const text = await collect(csvChunks(sampleSource().source, 'tools'));
    const records = text.split('\r\n');
    expect(records.length).toBe(4);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]!.name).toBe(`'=HYPERLINK("x")`);
  });

  it('carries when each entry was last checked against its sources (verified_at), empty when never', async () => {
    for (const type of Object.keys(CSV_COLUMNS) as (keyof typeof CSV_COLUMNS)[]) {
      expect(CSV_COLUMNS[type].map(([name]) => name)).toContain('verified_at');
    }
    const rows = parse(await collect(csvChunks(sampleSource().source, 'tools')), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.verified_at)).toEqual(['2026-10-30', '']);
    const standards = parse(await collect(csvChunks(sampleSource().source, 'standards')), { bom: true, columns: true }) as Record<string, string>[];
    expect(standards[0]!.verified_at).toBe('2026-08-31');
  });

  it('writes semicolons for Dutch Excel when asked', async () => {
    const text = await collect(csvChunks(sampleSource().source, 'products', { delimiter: ';' }));
    const rows = parse(text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ id: 'google-classroom', aliases: 'Classroom | GC', vendor_country: 'US', discontinued: 'false' });
  });

  it('writes offerings and advice with their lists, nested values and unknowns in documented columns', async () => {
    const offerings = parse(await collect(csvChunks(sampleSource().source, 'offerings')), { bom: true, columns: true }) as Record<string, string>[];
    expect(offerings[0]).toMatchObject({
      tool: 'moodle',
      provider: 'kennisnet',
      sectors: 'PO | VO',
      data_country: 'NL',
      data_within_eu: 'true',
      sign_in: 'ENTREE | SURFCONEXT',
      price_kind: 'PER_PUPIL',
      price_amount: '4.5',
      price_as_of: '2026-08',
    });
    expect(offerings[1]).toMatchObject({ sectors: '', data_country: '', data_within_eu: '', sign_in: '', price_amount: '', sources: '' });
    const advice = parse(await collect(csvChunks(sampleSource().source, 'advice')), { bom: true, columns: true }) as Record<string, string>[];
    expect(advice[0]).toMatchObject({
      product: 'google-classroom',
      sector: 'VO',
      recommended: 'moodle',
      also_consider: 'tricky',
      summary_nl: 'Moodle via een aanbieder, "met" LTI',
      reasons: `Open source${LIST_SEPARATOR}Aanbieders in NL; met AVG-afspraken`,
    });
  });

  it('has a CSV for every entity type, each parsing back', async () => {
    for (const type of Object.keys(CSV_COLUMNS) as (keyof typeof CSV_COLUMNS)[]) {
      const rows = parse(await collect(csvChunks(sampleSource().source, type)), { bom: true, columns: true }) as { id: string }[];
      expect(rows.map((r) => r.id)).toEqual(sample[type].map((e) => e.id));
    }
  });
});

describe('entries whose organisation was archived', () => {
  it('export the facility and the standard with an empty operator / maintainer, and the dump still validates', async () => {
    const facility = { ...sample.facilities[0]!, operator: null };
    const standard = { ...sample.standards[0]!, maintainer: null };
    const source = (<T extends EntityType>(type: T) =>
      (async function* () {
        const rows = type === 'facilities' ? [facility] : type === 'standards' ? [standard] : sample[type];
        if (rows.length) yield rows as EntityTypes[T][];
      })()) as EntitySource;
    const facilities = parse(await collect(csvChunks(source, 'facilities')), { bom: true, columns: true }) as Record<string, string>[];
    expect(facilities[0]).toMatchObject({ id: facility.id, operator: '' });
    const standards = parse(await collect(csvChunks(source, 'standards')), { bom: true, columns: true }) as Record<string, string>[];
    expect(standards[0]).toMatchObject({ id: standard.id, maintainer: '' });
    const dump = JSON.parse(await collect(jsonDumpChunks(source, { generatedAt: '2026-12-01T00:00:00.000Z', baseUrl: 'https://catalogus.example.nl' })));
    expect(dumpSchema.safeParse(dump).success).toBe(true);
    expect(dump.facilities[0].operator).toBeNull();
  });
});
