/**
 * Work a subgraph runs beside its request thread (a search index's worker thread): whoever starts such
 * work registers it on the database, so launchSubgraph stops it when the database closes (no worker
 * outlives its database) and tests can wait until it is ready. A subgraph does not wait for it before
 * it listens: booting a worker under tsx takes seconds on a loaded machine, and until it is ready its
 * owner answers on the request thread.
 */
export interface BackgroundWork {
  /** Settles when the work is ready (a failure is the owner's to report; it must still settle). */
  ready: Promise<unknown>;
  close: () => Promise<void>;
}

const registered = new WeakMap<object, BackgroundWork[]>();

/** Makes the subgraph over the database `client` wait for `work` before it serves, and stop it on close. */
export function registerBackgroundWork(client: object, work: BackgroundWork): void {
  registered.set(client, [...(registered.get(client) ?? []), work]);
}

/** Settles when every piece of work registered on `client` is ready. */
export async function backgroundReady(client: object): Promise<void> {
  await Promise.allSettled((registered.get(client) ?? []).map((work) => work.ready));
}

/** Stops the work registered on `client` (before the database closes). */
export async function stopBackgroundWork(client: object): Promise<void> {
  const works = registered.get(client) ?? [];
  registered.delete(client);
  await Promise.allSettled(works.map((work) => work.close()));
}
