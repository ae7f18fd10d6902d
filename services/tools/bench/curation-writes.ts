/**
 * Curation writes per second on either store, for bench:stores: kit's curation engine (`createCuration`,
 * the transaction every subgraph's curation mutations run) doing create → update → submit → publish
 * cycles, four writes each (versions, revisions, the outbox event of the publish), by one writer and by
 * several concurrent ones. The entity is a bare note (its adapter publishes into no catalogue table), so
 * what is measured is the engine's transaction on the store, not a subgraph's reindexing.
 */
import { createCuration, type EntityAdapter } from '@edu-catalogus/kit/curation';
import type { StoreDb } from '@edu-catalogus/kit/data';
import { z } from 'zod';

const note = z.object({ name: z.string().min(1) });
const adapter: EntityAdapter<z.infer<typeof note>> = {
  type: 'BenchNote',
  draftSchema: note,
  publishSchema: note,
  checkReferences: async () => {},
  publish: () => {},
  archive: () => {},
};
const alice = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
const bob = { sub: 'bob', org: 'kennisnet', roles: ['curator'] };

export const WRITES_PER_CYCLE = 4;

/** Writes per second of `writers` concurrent writers, each doing `cycles` cycles; ids start with `prefix` (unique per run). */
export async function curationWritesPerSecond(db: StoreDb, options: { writers: number; cycles: number; prefix: string }): Promise<number> {
  const curation = createCuration(db, adapter, { organisations: async () => true });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.writers }, async (_, w) => {
      for (let i = 0; i < options.cycles; i++) {
        const id = `${options.prefix}-${w}-${i}`;
        await curation.create(alice, id, { name: `Notitie ${id}` });
        await curation.update(alice, id, 1, { name: `Notitie ${id}, bewerkt` });
        await curation.submit(alice, id, { expectedVersion: 2 });
        await curation.publish(bob, id, { expectedVersion: 3 });
      }
    }),
  );
  return (options.writers * options.cycles * WRITES_PER_CYCLE) / ((performance.now() - started) / 1000);
}
