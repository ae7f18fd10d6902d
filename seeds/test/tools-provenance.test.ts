/**
 * What every tool's provenance must show (issue 11): a licence-file source, when its facts were checked,
 * and uncertainty notes in Dutch and English. The seed schema still reads a tool's English-only note and
 * a missing verifiedAt (curation drafts of tools may lack them), so these checks guard the seed files.
 */
import { describe, expect, it } from 'vitest';
import { hasLicenceFileSource } from '../src/coverage.ts';
import { loadCatalogue } from '../src/index.ts';

const { tools } = loadCatalogue();

describe('every seeded tool', () => {
  it('has a licence-file source (LICENSE, COPYING, a manifest …) or says why not in license.noLicenseFile', () => {
    expect(tools.filter((t) => !hasLicenceFileSource(t)).map((t) => t.id)).toEqual([]);
  });

  it('records when its facts were checked (verifiedAt)', () => {
    expect(tools.filter((t) => !t.verifiedAt).map((t) => t.id)).toEqual([]);
  });

  it('writes every uncertainty note in Dutch and English', () => {
    expect(tools.filter((t) => t.uncertainties.some((u) => !u.note.nl)).map((t) => t.id)).toEqual([]);
  });
});
