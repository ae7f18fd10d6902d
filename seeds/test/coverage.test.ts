import { describe, expect, it } from 'vitest';
import { coverage, formatCoverage, independentSources, isLicenceFileUrl, isLicenceHeaderSource, isStale, publisherOf, siteOf } from '../src/coverage.ts';
import type { Catalogue } from '../src/load.ts';
import type { ToolSeed } from '../src/schema.ts';

const tool = (over: Partial<ToolSeed>): ToolSeed =>
  ({
    id: 'x',
    name: 'X',
    summary: { nl: 'x' },
    homepage: 'https://moodle.org',
    repository: 'https://github.com/moodle/moodle',
    license: { expression: 'MIT', scope: 'CODE', components: [], caveats: [], history: [] },
    categories: ['lms'],
    platforms: [],
    sectors: [],
    hosting: [],
    languages: [],
    developmentStatus: 'STABLE',
    standards: [],
    facilities: [],
    replaces: [],
    sources: [{ url: 'https://moodle.org' }],
    certainty: 'CONFIRMED',
    uncertainties: [],
    ...over,
  }) as ToolSeed;

describe('who published a source', () => {
  it('reduces a host to its site, keeping a second-level registration', () => {
    expect(siteOf('docs.moodle.org')).toBe('moodle.org');
    expect(siteOf('www.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('nl.wikipedia.org')).toBe('wikipedia.org');
  });

  it('names the owner on a shared forge and on its pages hosts', () => {
    expect(publisherOf('https://github.com/Moodle/moodle/blob/main/COPYING.txt')).toBe('github.com/moodle');
    expect(publisherOf('https://raw.githubusercontent.com/laurent22/joplin/dev/LICENSE')).toBe('github.com/laurent22');
    expect(publisherOf('https://element-hq.github.io/synapse/')).toBe('github.com/element-hq');
    expect(publisherOf('https://invent.kde.org/education/gcompris')).toBe('kde.org');
    expect(publisherOf('not a url')).toBeNull();
  });
});

describe('independent sources', () => {
  it('does not count the homepage site, the repository site or the project’s forge organisation', () => {
    const t = tool({
      sources: [
        { url: 'https://docs.moodle.org/405/en/SAML' },
        { url: 'https://github.com/moodle/moodle/blob/main/COPYING.txt' },
        { url: 'https://github.com/someone-else/review' },
        { url: 'https://en.wikipedia.org/wiki/Moodle' },
        { url: 'https://www.kennisnet.nl/artikel/moodle' },
      ],
    });
    expect(independentSources(t)).toEqual([
      'https://github.com/someone-else/review',
      'https://en.wikipedia.org/wiki/Moodle',
      'https://www.kennisnet.nl/artikel/moodle',
    ]);
  });

  it('treats a self-hosted forge as the project’s own site', () => {
    const t = tool({
      homepage: 'https://gcompris.net',
      repository: 'https://invent.kde.org/education/gcompris',
      sources: [{ url: 'https://invent.kde.org/education/gcompris/-/blob/master/COPYING' }],
    });
    expect(independentSources(t)).toEqual([]);
  });
});

describe('licence-file sources', () => {
  it.each([
    'https://github.com/moodle/moodle/blob/main/COPYING.txt',
    'https://github.com/x/y/blob/main/LICENSE',
    'https://github.com/x/y/blob/main/LICENCE.md',
    'https://github.com/x/y/blob/main/LICENSE-MIT',
    'https://github.com/x/y/blob/main/LICENSES/GPL-3.0-or-later.txt',
    'https://github.com/x/y/blob/main/package.json',
    'https://github.com/x/y/blob/main/pyproject.toml',
    'https://github.com/nextcloud/spreed/blob/main/appinfo/info.xml',
    'https://salsa.debian.org/x/y/-/blob/master/debian/copyright',
    'https://github.com/x/y/blob/main/y.gemspec',
    'https://github.com/jasp-stats/jasp-desktop/blob/HEAD/Docs/development/jasp-licensing.md',
    'https://projects.blender.org/blender/blender/src/branch/main/doc/license/SPDX-license-identifiers.txt',
  ])('recognises %s', (url) => expect(isLicenceFileUrl(url)).toBe(true));

  it.each([
    'https://github.com/x/y',
    'https://www.gimp.org/about/',
    'https://github.com/x/y/blob/main/README.md',
    'https://element.io/blog/sustainable-licensing-at-element-with-agpl',
  ])('does not take %s for a licence file', (url) => expect(isLicenceFileUrl(url)).toBe(false));

  it('takes a source file or README for a licence source only when its title names the licence it states', () => {
    expect(isLicenceHeaderSource({ url: 'https://github.com/moodle/moodle/blob/HEAD/version.php', title: 'version.php header: GNU GPL v3 or later' })).toBe(
      true,
    );
    expect(isLicenceHeaderSource({ url: 'https://github.com/x/y/blob/main/src/main.cpp', title: 'main.cpp (SPDX-License-Identifier: GPL-3.0-only)' })).toBe(
      true,
    );
    expect(isLicenceHeaderSource({ url: 'https://github.com/x/y/blob/main/README.md', title: 'README, section Licence' })).toBe(true);
    expect(isLicenceHeaderSource({ url: 'https://github.com/x/y/blob/main/calendar/CalDavProvider.jsm', title: 'CalDAV provider' })).toBe(false);
    expect(isLicenceHeaderSource({ url: 'https://github.com/x/y/blob/main/README.md' })).toBe(false);
    expect(isLicenceHeaderSource({ url: 'https://example.org/about/licensing', title: 'Licensing (GPL)' })).toBe(false);
  });
});

describe('staleness', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('counts an entry checked within twelve months as fresh, and one never checked as stale', () => {
    expect(isStale('2025-11-30', now)).toBe(false);
    expect(isStale('2025-11-29', now)).toBe(true);
    expect(isStale(undefined, now)).toBe(true);
  });
});

describe('the coverage table', () => {
  const catalogue = {
    tools: [
      tool({
        id: 'a',
        standards: ['lti-1-3'],
        verifiedAt: '2026-11-30',
        replaces: [{ product: 'p1', fit: 'FULL' }],
        sources: [{ url: 'https://en.wikipedia.org/wiki/A' }, { url: 'https://github.com/moodle/moodle/blob/main/COPYING.txt' }],
      }),
      tool({ id: 'b', certainty: 'UNCERTAIN', privacy: { dataLocation: { nl: 'x' }, processorAgreement: { nl: 'y' }, privacyconvenant: null } }),
    ],
    products: [
      { id: 'p1', certainty: 'CONFIRMED', verifiedAt: '2026-01-01' },
      { id: 'p2', certainty: 'CONFIRMED', verifiedAt: '2020-01-01' },
    ],
    categories: [],
    facilities: [],
    standards: [],
    organisations: [],
  } as unknown as Catalogue;
  const rows = coverage(catalogue, new Date('2026-11-30T12:00:00Z'));
  const row = (check: string) => rows.find((r) => r.check === check);

  it('names the entries each check fails for', () => {
    expect(row('tools without an independent source')).toEqual({ check: 'tools without an independent source', ids: ['b'], of: 2 });
    expect(row('tools without privacy facts (data location and processor agreement)')?.ids).toEqual(['a']);
    expect(row('tools without a standard or facility link')?.ids).toEqual(['b']);
    expect(row('tools without a licence-file source or noLicenseFile')?.ids).toEqual(['b']);
    expect(row('tools not verified in the last 12 months')?.ids).toEqual(['b']);
    expect(row('products not verified in the last 12 months')?.ids).toEqual(['p2']);
    expect(row('products without an alternative')?.ids).toEqual(['p2']);
    expect(row('tools UNCERTAIN')?.ids).toEqual(['b']);
  });

  it('prints aligned columns', () => {
    const lines = formatCoverage(catalogue, rows).split('\n');
    const checkLines = lines.filter((l) => / \/ /.test(l));
    expect(checkLines.length).toBe(rows.length);
    expect(new Set(checkLines.map((l) => l.indexOf('/'))).size).toBe(1);
    expect(lines).toContain(lines.find((l) => /^tools\s+2$/.test(l)));
  });
});
