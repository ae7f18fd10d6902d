/** BCP 47 tags as language names in the reader's language ("nl, en" -> "Nederlands, Engels"), via Intl. */
const cache = new Map<string, Intl.DisplayNames>();

export function languageNames(tags: readonly string[], lang: string): string {
  let names = cache.get(lang);
  if (!names) cache.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })));
  const named = names;
  return tags
    .map((tag) => {
      try {
        const name = named.of(tag) ?? tag;
        return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
      } catch {
        return tag;
      }
    })
    .join(', ');
}
