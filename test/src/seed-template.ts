/**
 * `node --import tsx src/seed-template.ts <dir> [sqlite|postgres]`: seeds every registry subgraph's database as a
 * whole stack does (src/stack.ts), then closes them. `sqlite` writes the database files into <dir> (closing
 * checkpoints each WAL into its file). `postgres` seeds every subgraph that can serve from PostgreSQL into one
 * throwaway server, stops it and writes the path of its kept data directory to <dir>/postgres-data. Run by
 * src/seeded-template.ts in its own process (vitest's globalSetup loader cannot load the stemmers).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPeers, loadOrCreateSecret, silentLogger } from '@edu-catalogus/kit/runtime';
import { launchSubgraph } from '@edu-catalogus/kit/subgraph';
import { startPostgres } from '@edu-catalogus/kit/testing';
import { subgraphs } from '@edu-catalogus/schema/registry';

const [dir, store = 'sqlite'] = process.argv.slice(2);
if (!dir || (store !== 'sqlite' && store !== 'postgres')) throw new Error('usage: seed-template.ts <dir> [sqlite|postgres]');
const postgres = store === 'postgres' ? await startPostgres() : undefined;
const secret = loadOrCreateSecret(dir);
const peerUrls: Record<string, string> = {};
const peers = createPeers({ urls: () => peerUrls, secret, subgraphs: subgraphs.map((s) => s.name) });
const servers = [];
for (const def of subgraphs) {
  if (postgres && !def.openPostgres) continue;
  const databaseUrl = postgres?.url;
  const server = await launchSubgraph(def, { databaseFile: path.join(dir, def.databaseName), databaseUrl, port: 0, logger: silentLogger, secret, peers });
  servers.push(server);
  peerUrls[def.name] = server.url;
}
for (const server of servers) await server.close();
if (postgres) writeFileSync(path.join(dir, 'postgres-data'), await postgres.stopKeepingData());
// Timers of the servers (health checks, peers) would keep the process alive.
process.exit(0);
