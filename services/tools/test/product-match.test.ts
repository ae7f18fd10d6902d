/** matchProduct on its own: a word that is part of product names is not read as a misspelling of another name. */
import { describe, expect, it } from 'vitest';
import { matchProduct, type ProductName } from '../src/store/search/product-match.ts';

const names: ProductName[] = [
  { productId: 'doodle', normalized: 'doodle' },
  { productId: 'google-docs', normalized: 'google docs' },
  { productId: 'google-sheets', normalized: 'google sheets' },
  { productId: 'microsoft-teams', normalized: 'microsoft teams' },
];

describe('matchProduct', () => {
  it('suggests the products a typed name word belongs to instead of correcting it to a similar name', () => {
    // "google" is two edits from "doodle", but it is a word of two product names: the user means one of those.
    expect(matchProduct('Google', names)).toEqual({ productId: null, suggestions: ['google-docs', 'google-sheets'] });
  });

  it('still corrects a misspelling that is no part of any name', () => {
    expect(matchProduct('Microsft Teams', names)).toEqual({ productId: 'microsoft-teams' });
    expect(matchProduct('Doodel', names)).toEqual({ productId: 'doodle' });
  });
});
