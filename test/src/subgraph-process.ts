/** Runs a subgraph as its own process (as `npm start` does), so a test can SIGKILL it mid-write and start it again. */
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { type ServiceProcess, startServiceProcess, SUBGRAPH_READY } from '@edu-catalogus/kit/testing';
import { SUBGRAPHS } from '@edu-catalogus/schema';

export type SubgraphProcess = ServiceProcess;

/** Starts `services/<name>` on a free port with `env`; resolves with its URL once it logs that it is ready. */
export function startSubgraphProcess(name: string, env: Record<string, string>): Promise<SubgraphProcess> {
  return startServiceProcess({
    entry: 'src/main.ts',
    cwd: path.join(repoRoot, 'services', name),
    // The graph it belongs to, as npm start tells it (peers, the change feed's order); `env` may override.
    env: { SUBGRAPH_NAMES: SUBGRAPHS.map((s) => s.name).join(','), [`${name.toUpperCase()}_PORT`]: '0', ...env },
    ready: SUBGRAPH_READY,
  });
}
