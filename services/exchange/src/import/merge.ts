/**
 * What an import changes: an imported record against the entry's current content, field by field,
 * so a curator reviews only what the source says differently. Lists compare as sets.
 */
export type Input = Record<string, unknown>;

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((v) => JSON.stringify(v))
      .sort();
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
};
export const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));

/**
 * The current content with the imported fields laid over it. Nested objects (summary, license) merge
 * key by key, so an import in English leaves the Dutch text alone; `changed` names what differs.
 */
export function mergeImport(current: Input, imported: Input): { input: Input; changed: string[] } {
  const input: Input = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(imported)) {
    if (value === undefined) continue;
    const old = current[key];
    const next =
      value && typeof value === 'object' && !Array.isArray(value) && old && typeof old === 'object' && !Array.isArray(old)
        ? { ...(old as Input), ...(value as Input) }
        : value;
    if (!same(old, next)) {
      input[key] = next;
      changed.push(key);
    }
  }
  return { input, changed };
}

/** Adds a source (provenance) unless one with the same URL is there. */
export function withSource(input: Input, source: { url: string; title: string }): { input: Input; added: boolean } {
  const sources = (input.sources as { url: string }[] | undefined) ?? [];
  if (sources.some((s) => s.url === source.url)) return { input, added: false };
  return { input: { ...input, sources: [...sources, source] }, added: true };
}
