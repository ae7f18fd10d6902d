import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toolToPubliccode } from '../src/publiccode/export.ts';
import { parsePubliccode } from '../src/publiccode/parse.ts';
import { moodle, tricky } from './sample.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const baseUrl = 'https://catalogus.example.nl';

describe('publiccode.yml rules', () => {
  it("accepts the standard's own full and minimal examples", () => {
    const full = parsePubliccode(fixture('publiccode.example.yml'));
    expect(full.ok ? [] : full.problems).toEqual([]);
    const minimal = parsePubliccode(fixture('publiccode.minimal.yml'));
    expect(minimal.ok && minimal.warnings.map((w) => w.message)).toEqual(["0.2 is not the latest version, use '0'"]);
  });

  it('reports every problem with its key path and line', () => {
    const broken = fixture('publiccode.minimal.yml')
      .replace('publiccodeYmlVersion: "0.2"', 'publiccodeYmlVersion: 0.5')
      .replace('  - financial-reporting', '  - spreadsheets')
      .replace('license: AGPL-3.0-or-later', 'license: GPL or MIT')
      .replace('    - name: Francesco Rossi\n', '')
      .replace('localisation:', 'nlExtension: true\nlocalisation:');
    const result = parsePubliccode(broken);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => [p.key, p.line]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['publiccodeYmlVersion', 1],
        ['categories.0', 11],
        ['legal.license', 35],
        ['maintenance.contacts', 40],
        ['', 1],
      ]),
    );
    expect(result.ok ? [] : result.problems.find((p) => p.key === '')?.message).toMatch(/nlExtension/);
  });

  it('refuses a language block without longDescription and a short description over 150 characters', () => {
    const text = fixture('publiccode.minimal.yml')
      .replace(/ {4}longDescription: >\n(.*\n){4}/, '')
      .replace('A rather short description which', 'x'.repeat(151));
    const result = parsePubliccode(text);
    expect(result.ok ? [] : result.problems.map((p) => p.key).sort()).toEqual(['description.en.longDescription', 'description.en.shortDescription']);
  });

  it('reports YAML syntax errors with their line', () => {
    const result = parsePubliccode('name: a\n  bad: [\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.problems[0]!.line).toBeGreaterThan(0);
  });
});

describe('publiccode.yml export', () => {
  it('writes version "0" quoted and passes the rules except the keys it names as missing', () => {
    const exported = toolToPubliccode(moodle, { baseUrl });
    expect(exported.text).toMatch(/^publiccodeYmlVersion: "0"$/m);
    expect(exported.missing.map((m) => m.key)).toEqual(['maintenance.contractors']);
    expect(exported.text).toMatch(/^# MISSING maintenance.contractors: /m);
    const result = parsePubliccode(exported.text);
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual(['maintenance.contractors']);
    const file = parseYaml(exported.text);
    expect(file).toMatchObject({
      url: moodle.repository,
      landingURL: moodle.homepage,
      categories: ['learning-management-system', 'other'],
      softwareType: 'standalone/web',
    });
    expect(file.supports).toEqual([{ id: `${baseUrl}/standaarden/lti-1-3` }]);
    expect(file.intendedAudience.scope).toEqual(['education', 'research']);
  });

  it('passes every rule once the missing keys are supplied', () => {
    const file = parseYaml(toolToPubliccode(moodle, { baseUrl }).text);
    file.maintenance.contractors = [{ name: 'Moodle HQ', until: '2027-12-31' }];
    const result = parsePubliccode(stringify(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names what the catalogue lacks instead of inventing it', () => {
    const exported = toolToPubliccode(tricky, { baseUrl });
    expect(exported.missing.map((m) => m.key)).toEqual(['url', 'description.nl', 'description', 'maintenance.contacts']);
    const result = parsePubliccode(exported.text);
    expect(result.ok ? [] : [...new Set(result.problems.map((p) => p.key))].sort()).toEqual(['description', 'maintenance.contacts', 'url']);
  });
});
