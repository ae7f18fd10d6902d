/** Text normalisation shared by search and name matching: case- and diacritics-insensitive. */

/** "Enquête  Ééntje" -> "enquete eentje" */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
