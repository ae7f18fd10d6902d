import { checkFreeText, FREE_TEXT_LIMITS } from '@edu-catalogus/kit/runtime';
import { describe, expect, it } from 'vitest';
import { apiFilter, parseSearch, productPhrase, toSearchParams } from '../src/lib/search-params.ts';

describe('the search state in the URL', () => {
  it('reads the text, repeated filters, order and cursor', () => {
    const state = parseSearch(
      new URLSearchParams('q=+video+&sector=VO&sector=PO&hosting=SELF_HOSTED&category=video-conferencing&license=shareOnline&order=NAME&after=abc'),
    );
    expect(state).toEqual({
      q: 'video',
      filter: { sector: ['VO', 'PO'], hosting: ['SELF_HOSTED'], category: ['video-conferencing'], license: ['shareOnline'] },
      ready: false,
      orderBy: 'NAME',
      after: 'abc',
    });
  });

  it('reads "direct te gebruiken" and the order by usage, and writes them back', () => {
    const state = parseSearch(new URLSearchParams('q=chat&direct=1&order=USAGE'));
    expect(state).toMatchObject({ q: 'chat', ready: true, orderBy: 'USAGE' });
    expect(toSearchParams(state).toString()).toBe('q=chat&direct=1&order=USAGE');
    expect(parseSearch(new URLSearchParams('direct=yes')).ready).toBe(false);
  });

  it('drops values the API would refuse instead of failing the page', () => {
    const state = parseSearch(
      new URLSearchParams('sector=XX&sector=VO&platform=web&category=Not%20A%20Slug&license=MIT&license=free%3Cscript%3E&order=RANDOM'),
    );
    expect(state.filter).toEqual({ sector: ['VO'] });
    expect(state.orderBy).toBeUndefined();
  });

  it('clips the text to what the API accepts as search and as alternatives(to:), instead of failing the page', () => {
    const question = 'alternatief voor iets waarmee de hele school samen kan werken met leerlingen en ouders op afstand en ook thuis';
    const { q } = parseSearch(new URLSearchParams({ q: question }));
    expect(q).toBe('alternatief voor iets waarmee de hele school samen kan werken met leerlingen en ouders op afstand');
    expect(() => checkFreeText('search', q)).not.toThrow();
    expect(
      parseSearch(new URLSearchParams({ q: 'a-'.repeat(40) }))
        .q.split('-')
        .filter(Boolean).length,
    ).toBeLessThanOrEqual(FREE_TEXT_LIMITS.maxWords);
  });

  it('writes parameters in one stable order, so equal searches share a URL', () => {
    const a = parseSearch(new URLSearchParams('sector=VO&q=chat&sector=PO&hosting=SAAS_EU'));
    const b = parseSearch(new URLSearchParams('hosting=SAAS_EU&sector=PO&sector=VO&q=chat'));
    expect(toSearchParams(a).toString()).toBe(toSearchParams(b).toString());
    expect(toSearchParams(a).toString()).toBe('q=chat&sector=PO&sector=VO&hosting=SAAS_EU');
  });

  it('round-trips a state through its URL', () => {
    const state = parseSearch(new URLSearchParams('q=teams&standard=lti-1-3&facility=entree-federatie&order=UPDATED'));
    expect(parseSearch(toSearchParams(state))).toEqual(state);
  });
});

describe('the filter sent to the API', () => {
  it('sends the SPDX ids behind a plain licence choice, and other filters as they are', () => {
    const filter = apiFilter(parseSearch(new URLSearchParams('sector=VO&license=free&license=shareOnline')).filter);
    expect(filter?.sector).toEqual(['VO']);
    expect(filter?.license).toEqual(expect.arrayContaining(['MIT', 'AGPL-3.0-or-later']));
    expect(filter?.license).not.toContain('GPL-3.0-only');
  });

  it('sends no filter when none is ticked', () => {
    expect(apiFilter({})).toBeNull();
  });
});

describe('product phrases', () => {
  it.each([
    ['alternatief voor Teams', 'Teams'],
    ['Alternatieven voor Google Classroom', 'Google Classroom'],
    ['open source alternatief voor zoom', 'zoom'],
    ['vervanger van Word', 'Word'],
    ['alternative to MS Teams', 'MS Teams'],
  ])('finds the product in "%s"', (text, product) => {
    expect(productPhrase(text)).toBe(product);
  });

  it('leaves other searches alone', () => {
    expect(productPhrase('videobellen')).toBeNull();
    expect(productPhrase('alternatief')).toBeNull();
    expect(productPhrase('')).toBeNull();
  });
});
