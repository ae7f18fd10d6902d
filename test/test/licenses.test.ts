import { describe, expect, it } from 'vitest';
import { installedPackages, refusal } from '../src/licenses.ts';

describe('licence guard', () => {
  it('finds only open-source or open-data licences among the installed dependencies', () => {
    const packages = installedPackages();
    expect(packages.length).toBeGreaterThan(100);
    const refused = packages.flatMap((p) => {
      const why = refusal(p.license);
      return why ? [`${p.name}@${p.version} ${why}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('refuses the licences this project must never depend on', () => {
    for (const license of ['Elastic-2.0', 'BUSL-1.1', 'SSPL-1.0', 'MIT AND Commons-Clause', 'UNLICENSED', 'SEE LICENSE IN LICENSE.md', undefined]) {
      expect(refusal(license), String(license)).not.toBeNull();
    }
  });

  it('accepts OSI licences, open data licences, and an OR with one open branch', () => {
    for (const license of [
      'MIT',
      'Apache-2.0',
      'EUPL-1.2',
      'CC0-1.0',
      'CC-BY-4.0',
      '(MIT OR WTFPL)',
      'MIT AND BSD-3-Clause',
      'Apache-2.0 WITH LLVM-exception',
    ]) {
      expect(refusal(license), license).toBeNull();
    }
    expect(refusal('(Elastic-2.0 OR BUSL-1.1)')).not.toBeNull();
  });
});
