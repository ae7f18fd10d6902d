/**
 * An entry of another subgraph that was archived arrives as null in a list of references (the gateway
 * cannot resolve it, and passes null rather than failing the page): what may be linked is what is present.
 */
export const present = <T>(items: readonly (T | null)[]): T[] => items.filter((item): item is T => item !== null);
