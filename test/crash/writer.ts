/**
 * A curation writer for the crash drill: opens the facilities database as the subgraph does and runs
 * curation mutations through its own resolvers, printing `ack <id> <version>` after each one returns
 * (as the subgraph would answer). The drill kills it with SIGKILL at random moments.
 */
import { definition as facilities } from '@edu-catalogus/facilities/definition';
import { silentLogger, trustingPeers } from '@edu-catalogus/kit/runtime';

const [file, prefix = 'crash', from = '0'] = process.argv.slice(2);
const db = facilities.open(file!);
const server = facilities.createServer({ db, logger: silentLogger, peers: trustingPeers });
await server.apollo.start();
const identity = { sub: 'crash-drill', name: 'Crash drill', org: 'kennisnet', roles: ['admin'] };
const run = async (query: string, variables: Record<string, unknown>) => {
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue: await server.context(identity) });
  if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
  return response.body.singleResult.data as Record<string, { id: string; version: number }>;
};
const input = (id: string, n: number) => ({
  id,
  name: `Crash ${id} ${n}`,
  kind: 'COOPERATIVE',
  homepage: 'https://example.org',
  summary: { nl: `Versie ${n}` },
  sources: [{ url: 'https://example.org' }],
  certainty: 'CONFIRMED',
  verifiedAt: '2026-11-30',
});
process.stdout.write('ready\n');
for (let i = Number(from); ; i++) {
  const id = `${prefix}-${i}`;
  const created = (await run('mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }', { input: input(id, 1) }))
    .createOrganisation!;
  process.stdout.write(`ack ${created.id} ${created.version}\n`);
  const updated = (
    await run('mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, expectedVersion: 1, input: $input) { id version } }', {
      id,
      input: input(id, 2),
    })
  ).updateOrganisation!;
  process.stdout.write(`ack ${updated.id} ${updated.version}\n`);
}
