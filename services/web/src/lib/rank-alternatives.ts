/**
 * The order of a product's alternatives on its page: how well it replaces the product (FULL first),
 * then whether a provider offers it ready to use (for the chosen sector, when there is one), then how
 * many schools use it (in that sector), then the name. Not alphabetical: a school looks for what it
 * can start using, and what schools like it already use.
 */
export interface RankedAlternative {
  fit: string;
  tool: {
    name: string;
    offerings: { sectors: string[] }[];
    usage: { schools: number; bySector: { sector: string; count: number }[] };
  };
}

/** An offering counts for a sector when it names that sector or no sector at all. */
export const offeredFor = (offerings: { sectors: string[] }[], sector: string | null) =>
  offerings.some((o) => sector === null || o.sectors.length === 0 || o.sectors.includes(sector));

export const usedIn = (usage: RankedAlternative['tool']['usage'], sector: string | null) =>
  sector === null ? usage.schools : (usage.bySector.find((s) => s.sector === sector)?.count ?? 0);

export function rankAlternatives<A extends RankedAlternative>(alternatives: readonly A[], sector: string | null): A[] {
  const key = (a: A) => [a.fit === 'FULL' ? 0 : 1, offeredFor(a.tool.offerings, sector) ? 0 : 1, -usedIn(a.tool.usage, sector)] as const;
  return [...alternatives].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.tool.name.localeCompare(b.tool.name, 'nl');
  });
}
