/**
 * `npm run dev`: runs a command (turbo's dev tasks) with the graph every subgraph process needs to know,
 * SUBGRAPH_NAMES and SUBGRAPH_<NAME>_URL at their default ports, from the registry's manifest; variables
 * already set win. (`npm start`'s supervisor sets the same from the ports it chose.)
 */
import { spawn } from 'node:child_process';
import { graphEnvironment } from '@edu-catalogus/kit/runtime';
import { SUBGRAPHS } from './index.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-graph-env.ts <command> [args...]');
  process.exit(2);
}
const child = spawn(command, args, { stdio: 'inherit', env: { ...graphEnvironment(SUBGRAPHS), ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
