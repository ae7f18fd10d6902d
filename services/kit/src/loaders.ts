/** DataLoader over store methods that answer a batch of keys with a Map, one query per batch. */
import DataLoader from 'dataloader';

export function createMapLoader<K, V>(fetch: (keys: readonly K[]) => Map<K, V> | Promise<Map<K, V>>, fallback: V): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? fallback);
  });
}

/** A loader of rows by id; ids without a (visible) row load as null. */
export function createRowLoader<R extends { id: string }>(fetch: (ids: readonly string[]) => R[] | Promise<R[]>): DataLoader<string, R | null> {
  return new DataLoader<string, R | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** One loader per dimension (sector, standard ...), made on first use within the request. */
export function createLoaderFamily<D, K, V>(make: (dimension: D) => DataLoader<K, V>): (dimension: D) => DataLoader<K, V> {
  const loaders = new Map<D, DataLoader<K, V>>();
  return (dimension) => {
    let loader = loaders.get(dimension);
    if (!loader) {
      loader = make(dimension);
      loaders.set(dimension, loader);
    }
    return loader;
  };
}

/**
 * The row a non-null field points at. A missing one is a broken reference: it fails the field as an
 * unexpected (masked) error, as GraphQL's own "cannot return null" would, and resolvers stay typed.
 */
export async function existing<T>(row: T | null | Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}
