/**
 * `node --import tsx src/seed-template.ts <dir>`: seeds every registry subgraph's database into <dir> as a
 * whole stack does (src/stack.ts), then closes them, which checkpoints each WAL into its file. Run by
 * src/seeded-template.ts in its own process (vitest's globalSetup loader cannot load the stemmers).
 */
import path from 'node:path';
import { createPeers, loadOrCreateSecret, silentLogger } from '@edu-catalogus/kit/runtime';
import { launchSubgraph } from '@edu-catalogus/kit/subgraph';
import { subgraphs } from '@edu-catalogus/schema/registry';

const dir = process.argv[2];
if (!dir) throw new Error('usage: seed-template.ts <dir>');
const secret = loadOrCreateSecret(dir);
const peerUrls: Record<string, string> = {};
const peers = createPeers({ urls: () => peerUrls, secret, subgraphs: subgraphs.map((s) => s.name) });
const servers = [];
for (const def of subgraphs) {
  const server = await launchSubgraph(def, { databaseFile: path.join(dir, def.databaseName), port: 0, logger: silentLogger, secret, peers });
  servers.push(server);
  peerUrls[def.name] = server.url;
}
for (const server of servers) await server.close();
// Timers of the servers (health checks, peers) would keep the process alive.
process.exit(0);
