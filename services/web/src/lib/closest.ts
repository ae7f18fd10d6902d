/**
 * The kinds of software closest to a search that found nothing: by shared letter trigrams (case and
 * diacritics folded), so "woordjes stampen" still points at "woordjes oefenen"-like categories and a
 * misspelling near a category's name finds it. None when no name shares two trigrams with the text.
 */
import { normalizeText } from '@edu-catalogus/kit/runtime';

const trigrams = (text: string): Set<string> => {
  const grams = new Set<string>();
  for (const word of normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
};

export function closestCategories<C extends { id: string; name: string }>(q: string, categories: readonly C[], count = 5): C[] {
  const asked = trigrams(q);
  const scored = categories.map((category) => {
    const grams = trigrams(category.name);
    let shared = 0;
    for (const gram of grams) if (asked.has(gram)) shared++;
    // One shared trigram is chance (a common ending such as "en "); two or more is a resemblance.
    return { category, score: shared >= 2 ? shared / Math.sqrt(Math.max(1, grams.size)) : 0 };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.category.name.localeCompare(b.category.name))
    .slice(0, count)
    .map((s) => s.category);
}
