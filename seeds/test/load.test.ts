import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseLicense, loadCatalogue, SEEDS_DIR, SeedError } from '../src/index.ts';

const normalize = (v: string) =>
  v
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();

describe('the committed seed data', () => {
  const catalogue = loadCatalogue(SEEDS_DIR, normalize);

  it('holds at least the entries the catalogue promises', () => {
    expect(catalogue.tools.length).toBeGreaterThanOrEqual(40);
    expect(catalogue.products.length).toBeGreaterThanOrEqual(15);
    expect(catalogue.facilities.length).toBeGreaterThanOrEqual(10);
    expect(catalogue.standards.length).toBeGreaterThanOrEqual(15);
  });

  it('has the national facilities named in the policy letter and the issue', () => {
    const ids = catalogue.facilities.map((f) => f.id);
    for (const id of ['nummervoorziening', 'ndc', 'entree-federatie', 'veilig-internet', 'edurep', 'normenkader-ibp', 'edu-v']) {
      expect(ids).toContain(id);
    }
  });

  it('keeps the real cross-links', () => {
    const tool = (id: string) => catalogue.tools.find((t) => t.id === id);
    const facility = (id: string) => catalogue.facilities.find((f) => f.id === id);
    expect(tool('moodle')?.standards).toEqual(expect.arrayContaining(['lti-1-3', 'scorm']));
    expect(facility('nummervoorziening')?.standards).toContain('eck-id');
    expect(facility('entree-federatie')?.standards).toContain('saml-2-0');
    expect(facility('nummervoorziening')?.operator).toBe('kennisnet');
  });

  it('gives Microsoft Teams the aliases school staff type', () => {
    const teams = catalogue.products.find((p) => p.id === 'microsoft-teams');
    expect(teams?.aliases).toEqual(expect.arrayContaining(['Teams', 'MS Teams']));
  });

  it('marks GeoGebra as not OSI-approved and never as an alternative', () => {
    const geogebra = catalogue.tools.find((t) => t.id === 'geogebra');
    expect(geogebra?.license.osiApproved).toBe(false);
    expect(geogebra?.replaces).toEqual([]);
  });

  it('gives every entry a source, and every uncertain entry a note on what is uncertain', () => {
    const all = [...catalogue.tools, ...catalogue.products, ...catalogue.facilities, ...catalogue.standards, ...catalogue.organisations];
    for (const entry of all) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      if (entry.certainty === 'UNCERTAIN') expect(entry.uncertainties.length, entry.id).toBeGreaterThan(0);
    }
  });
});

describe('loading refuses bad seed data', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const folder of ['categories', 'products', 'tools', 'organisations', 'facilities', 'standards']) {
      cpSync(path.join(SEEDS_DIR, folder), path.join(dir, folder), { recursive: true });
    }
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problemsOf = (root: string): string[] => {
    try {
      loadCatalogue(root, normalize);
    } catch (error) {
      if (error instanceof SeedError) return error.problems;
      throw error;
    }
    return [];
  };

  it('names the file and the field of a licence that is not SPDX', () => {
    const root = copy();
    writeFileSync(
      path.join(root, 'tools/broken.yaml'),
      [
        'id: broken',
        'name: Broken',
        'summary: { nl: Kapot }',
        'homepage: https://example.org',
        'license: { expression: "GPL-3 or so" }',
        'categories: [chat]',
        'developmentStatus: STABLE',
        'sources: [{ url: https://example.org }]',
        'certainty: CONFIRMED',
      ].join('\n'),
    );
    expect(problemsOf(root)).toEqual([expect.stringMatching(/^tools\/broken\.yaml: license\.expression: .*not a valid SPDX/)]);
  });

  it('refuses a reference to an id that does not exist', () => {
    const root = copy();
    const file = path.join(root, 'facilities/nummervoorziening.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^operator: .*$/m, 'operator: no-such-org'));
    expect(problemsOf(root)).toContain('facilities/nummervoorziening.yaml: operator: unknown organisation "no-such-org"');
  });

  it('refuses an id that differs from the file name, and a URL that is not http(s)', () => {
    const root = copy();
    writeFileSync(
      path.join(root, 'organisations/somebody.yaml'),
      'id: someone-else\nname: X\nkind: COMPANY\nhomepage: ftp://example.org\nsummary: { nl: x }\nsources: [{ url: https://example.org }]\ncertainty: CONFIRMED\nverifiedAt: "2026-11-30"\n',
    );
    expect(problemsOf(root)).toEqual([expect.stringContaining('organisations/somebody.yaml: homepage: must be an http(s) URL')]);
  });

  it('refuses schools or usage declarations in the public seeds: they come only from schools themselves', () => {
    const root = copy();
    for (const folder of ['schools', 'usage']) {
      mkdirSync(path.join(root, folder));
      writeFileSync(path.join(root, folder, '99xa.yaml'), 'id: 99XA\nname: Basisschool De Proefpolder (fictief)\n');
    }
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^schools\/: schools .* never seeded/),
      expect.stringMatching(/^usage\/: schools .* never seeded/),
    ]);
  });

  it('refuses two products answering to the same name', () => {
    const root = copy();
    writeFileSync(
      path.join(root, 'products/teams-clone.yaml'),
      'id: teams-clone\nname: Teams Clone\nvendor: X\nvendorCountry: NL\naliases: [MS Teams]\ncategory: chat\nhomepage: https://example.org\nsummary: { nl: x }\nsources: [{ url: https://example.org }]\ncertainty: CONFIRMED\nverifiedAt: "2026-11-30"\n',
    );
    expect(problemsOf(root)).toEqual([expect.stringMatching(/products\/(teams-clone|microsoft-teams)\.yaml: aliases: "ms teams" is also a name of/)]);
  });
});

describe('the extended seed format', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const withFile = (folder: string, file: string, text: string): string[] => {
    dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const f of ['categories', 'products', 'tools', 'organisations', 'facilities', 'standards'])
      cpSync(path.join(SEEDS_DIR, f), path.join(dir, f), { recursive: true });
    writeFileSync(path.join(dir, folder, file), text);
    try {
      loadCatalogue(dir, normalize);
    } catch (error) {
      if (error instanceof SeedError) return error.problems;
      throw error;
    }
    return [];
  };
  const org =
    'id: somebody\nname: X\nkind: COMPANY\nhomepage: https://example.org\nsummary: { nl: x }\nsources: [{ url: https://example.org }]\ncertainty: PROBABLE\n';

  it('requires verifiedAt on every entry that is not a tool', () => {
    expect(withFile('organisations', 'somebody.yaml', org)).toEqual([
      'organisations/somebody.yaml: verifiedAt: Invalid input: expected string, received undefined',
    ]);
  });

  it('requires uncertainty notes in Dutch and English outside tools', () => {
    const problems = withFile('organisations', 'somebody.yaml', `${org}verifiedAt: "2026-11-30"\nuncertainties: [{ field: country, note: only English }]\n`);
    expect(problems).toEqual([expect.stringMatching(/^organisations\/somebody\.yaml: uncertainties\.0\.note: /)]);
  });

  it('keeps both languages of a note and the date and source of a discontinuation', () => {
    const c = loadCatalogue(SEEDS_DIR, normalize);
    const publisher = c.products.find((p) => p.id === 'microsoft-publisher');
    expect(publisher?.discontinued).toMatchObject({ date: '2026-10', source: { url: expect.stringMatching(/^https:/) } });
    const ndc = c.facilities.find((f) => f.id === 'ndc');
    expect(ndc?.uncertainties[0]?.note).toEqual({ nl: expect.stringContaining('naam'), en: expect.stringContaining('name') });
  });

  it('gives edexml and uwlr the Edustandaard advice "onder voorwaarden"', () => {
    const c = loadCatalogue(SEEDS_DIR, normalize);
    for (const id of ['edexml', 'uwlr']) expect(c.standards.find((s) => s.id === id)?.dutchStatus.edustandaard?.gebruiksadvies).toBe('ONDER_VOORWAARDEN');
  });
});

describe('analyseLicense', () => {
  it('needs every part of an AND and one branch of an OR to be OSI-approved', () => {
    expect(analyseLicense('MPL-2.0 AND LGPL-3.0-or-later')).toEqual({ ids: ['MPL-2.0', 'LGPL-3.0-or-later'], osiApproved: true });
    expect(analyseLicense('GPL-3.0-or-later AND CC-BY-NC-SA-4.0').osiApproved).toBe(false);
    expect(analyseLicense('AGPL-3.0-only OR LicenseRef-Element-Commercial').osiApproved).toBe(true);
    expect(analyseLicense('LicenseRef-Proprietary').osiApproved).toBe(false);
  });

  it('rejects what is not an SPDX expression', () => {
    expect(() => analyseLicense('GPL version 3')).toThrow(/not a valid SPDX licence expression/);
  });
});
