import { describe, expect, it } from 'vitest';
import { checkFreeText, clipFreeText, FREE_TEXT_LIMITS, InputError } from '../src/entries/runtime.ts';
import { STEM_CACHE_SIZE, stemCacheSize, synonymTokens } from '../src/entries/search.ts';

describe('free-text limits', () => {
  it('passes text within the limits and refuses longer text naming the field', () => {
    expect(checkFreeText('to', 'alternatief voor Teams')).toBe('alternatief voor Teams');
    expect(checkFreeText('search', null)).toBeNull();
    expect(() => checkFreeText('to', 'x'.repeat(FREE_TEXT_LIMITS.maxChars + 1))).toThrow(/^to is longer than 200 characters/);
    expect(() => checkFreeText('search', 'a '.repeat(FREE_TEXT_LIMITS.maxWords + 1))).toThrow(InputError);
    // Words are counted as search reads them: "ms-word" is two.
    expect(() => checkFreeText('search', 'ms-word '.repeat(9))).toThrow(/more than 16 words/);
    expect(checkFreeText('search', 'a '.repeat(FREE_TEXT_LIMITS.maxWords))).toBeTruthy();
  });

  it('clips form text to the longest start within the limits', () => {
    const long = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ');
    const clipped = clipFreeText(long);
    expect(clipped.split(' ')).toHaveLength(FREE_TEXT_LIMITS.maxWords);
    expect(() => checkFreeText('search', clipped)).not.toThrow();
    expect(clipFreeText('x'.repeat(300) + ' teams')).toBe('');
    expect(clipFreeText(`${'abcdefghi '.repeat(15)}${'z'.repeat(80)}`).length).toBeLessThanOrEqual(FREE_TEXT_LIMITS.maxChars);
    expect(clipFreeText('  alternatief voor Teams ')).toBe('  alternatief voor Teams');
  });
});

describe('stem cache', () => {
  it('stays within its size however many distinct words arrive', () => {
    for (let i = 0; i < STEM_CACHE_SIZE + 1_000; i += 100) synonymTokens(Array.from({ length: 100 }, (_, j) => `woord${i + j}x`).join(' '));
    expect(stemCacheSize()).toBeGreaterThan(0);
    expect(stemCacheSize()).toBeLessThanOrEqual(STEM_CACHE_SIZE);
  }, 60_000);
});
