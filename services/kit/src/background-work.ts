/**
 * Work a subgraph runs beside its request thread (a search index its worker thread builds or loads):
 * whoever starts such work registers it on the database, launchSubgraph waits for all of it to be
 * ready before it listens, so the first request never finds that work undone, and stops it when the
 * database closes, so no worker outlives its database.
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
