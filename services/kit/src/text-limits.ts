/**
 * The documented limits of free text (`search`, `alternatives(to:)`): what one request may ask the
 * search and product matching to consider. Every step after this is linear in the words kept, so
 * these two numbers bound the work of any text argument (see README, Search).
 */
import { InputError } from './errors.ts';
import { normalizeText } from './text.ts';

export interface TextLimits {
  maxChars: number;
  /** Words after normalisation (`MS-Word` is two). */
  maxWords: number;
}

/** `search` of tools, products, facilities and standards, and `alternatives(to:)`. */
export const FREE_TEXT_LIMITS: TextLimits = { maxChars: 200, maxWords: 16 };

const wordCount = (text: string) => (normalizeText(text).match(/\S+/g) ?? []).length;

/** Refuses text over the limits with BAD_USER_INPUT naming `field`; returns the text unchanged. */
export function checkFreeText<T extends string | null | undefined>(field: string, text: T, limits: TextLimits = FREE_TEXT_LIMITS): T {
  if (text == null) return text;
  if (text.length > limits.maxChars) {
    throw new InputError(field, `${field} is longer than ${limits.maxChars} characters`, { maxChars: limits.maxChars });
  }
  if (wordCount(text) > limits.maxWords) throw new InputError(field, `${field} has more than ${limits.maxWords} words`, { maxWords: limits.maxWords });
  return text;
}

/** The longest start of `text`, cut between whitespace-separated chunks, that is within the limits (for forms). */
export function clipFreeText(text: string, limits: TextLimits = FREE_TEXT_LIMITS): string {
  let words = 0;
  let end = 0;
  for (const chunk of text.matchAll(/\S+/g)) {
    const chunkEnd = chunk.index + chunk[0].length;
    words += wordCount(chunk[0]);
    if (words > limits.maxWords || chunkEnd > limits.maxChars) break;
    end = chunkEnd;
  }
  return text.slice(0, end);
}
