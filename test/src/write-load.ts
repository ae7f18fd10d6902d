/** A stream of curation writes through the gateway, remembering which ones were acknowledged. */
import type { Stack } from './stack.ts';

export interface WriteLoad {
  /** Ids of organisations whose creation the gateway acknowledged. */
  acknowledged: Set<string>;
  /** Resolves once at least `count` writes have been acknowledged. */
  reached: (count: number) => Promise<void>;
  failures: unknown[];
  stop: () => Promise<void>;
}

export async function startWriteLoad(stack: Stack, { writers = 2, prefix = 'load' } = {}): Promise<WriteLoad> {
  const alice = { authorization: `Bearer ${await stack.token({ sub: 'alice', org: 'kennisnet', roles: ['curator'] })}` };
  const acknowledged = new Set<string>();
  const failures: unknown[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];
  let running = true;
  const writer = async (w: number) => {
    for (let i = 0; running; i++) {
      const id = `${prefix}-${w}-${i}`;
      const created = await stack.query(
        'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }',
        {
          input: {
            id,
            name: `Load ${w} ${i}`,
            kind: 'COOPERATIVE',
            homepage: 'https://example.org',
            summary: { nl: 'Schrijflast' },
            sources: [{ url: 'https://example.org' }],
            certainty: 'CONFIRMED',
            verifiedAt: '2026-11-30',
          },
        },
        alice,
      );
      if (created.body.data?.createOrganisation?.id !== id) {
        failures.push(created.body.errors);
        continue;
      }
      acknowledged.add(id);
      // A second revision of the same entry: submit it for review.
      const submitted = await stack.query(`mutation { submitOrganisation(id: "${id}") { version } }`, {}, alice);
      if (submitted.body.data?.submitOrganisation?.version !== 2) failures.push(submitted.body.errors);
      for (const watcher of [...watchers]) if (acknowledged.size >= watcher.count) watchers.splice(watchers.indexOf(watcher), 1), watcher.resolve();
    }
  };
  const done = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  return {
    acknowledged,
    failures,
    reached: (count) => (acknowledged.size >= count ? Promise.resolve() : new Promise((resolve) => watchers.push({ count, resolve }))),
    stop: async () => {
      running = false;
      await done;
    },
  };
}
