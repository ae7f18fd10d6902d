/** Offerings and advice in the seeds: the committed ones load, and a bad one is refused naming its file and field. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue, SEEDS_DIR, SeedError } from '../src/index.ts';

describe('offerings and advice in the seeds', () => {
  it('holds at least 25 real offerings and the advice, each with a source', () => {
    const catalogue = loadCatalogue();
    expect(catalogue.offerings.length).toBeGreaterThanOrEqual(25);
    expect(catalogue.advice.map((a) => a.id)).toContain('microsoft-teams--po');
    for (const entry of [...catalogue.offerings, ...catalogue.advice]) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    // The research found no offering with a processor agreement on the Privacyconvenant model; the seeds must not claim one.
    expect(catalogue.offerings.filter((o) => o.processorAgreement === 'YES')).toEqual([]);
  });

  it('writes every uncertainty note in Dutch and English', () => {
    const { offerings, advice } = loadCatalogue();
    const notes = [...offerings, ...advice].flatMap((entry) => entry.uncertainties.map((u) => ({ at: `${entry.id}: ${u.field}`, note: u.note })));
    expect(notes.length).toBeGreaterThan(0);
    const notBilingual = notes.filter(({ note }) => typeof note !== 'object' || !note.nl?.trim() || !note.en?.trim());
    expect(notBilingual.map(({ at }) => at)).toEqual([]);
  });

  describe('a bad entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-offerings-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the file and field of an unknown tool, a bad vocabulary value, an English-only note and a wrong advice id', () => {
      for (const folder of ['categories', 'products', 'tools', 'organisations', 'facilities', 'standards']) {
        cpSync(path.join(SEEDS_DIR, folder), path.join(dir, folder), { recursive: true });
      }
      mkdirSync(path.join(dir, 'offerings'));
      mkdirSync(path.join(dir, 'advice'));
      const provenance = ['sources: [{ url: "https://example.org" }]', 'certainty: PROBABLE', 'verifiedAt: "2026-11-30"'];
      const offering = ['tool: no-such-tool', 'provider: surf', 'price: { kind: FREE }', 'url: https://example.org', ...provenance];
      writeFileSync(path.join(dir, 'offerings/a.yaml'), ['id: a', 'processorAgreement: UNKNOWN', ...offering].join('\n'));
      writeFileSync(path.join(dir, 'offerings/b.yaml'), ['id: b', 'processorAgreement: MAYBE', ...offering].join('\n'));
      const englishOnly = ['uncertainties: [{ field: price, note: Prices not read. }]', 'processorAgreement: UNKNOWN', ...offering];
      writeFileSync(path.join(dir, 'offerings/c.yaml'), ['id: c', ...englishOnly].join('\n'));
      const advice = ['product: zoom', 'sector: PO', 'recommend: [jitsi-meet]', 'summary: { nl: Kies Jitsi }', 'reasons: [Open]', ...provenance];
      writeFileSync(path.join(dir, 'advice/zoom--vo.yaml'), ['id: zoom--vo', ...advice].join('\n'));
      let problems: string[] = [];
      try {
        loadCatalogue(dir);
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual(
        expect.arrayContaining([
          'offerings/a.yaml: tool: unknown tool "no-such-tool"',
          expect.stringMatching(/^offerings\/b\.yaml: processorAgreement: /),
          expect.stringMatching(/^offerings\/c\.yaml: uncertainties\.0\.note: /),
          'advice/zoom--vo.yaml: id: must be "zoom--po"',
        ]),
      );
    });
  });
});
