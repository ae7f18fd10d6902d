/**
 * The processes `npm start` runs, in start order, and the environment each gets: every port fixed
 * before anything starts (port 0 becomes a free port, kept across restarts), so the gateway, the
 * subgraphs' peers and the web site know where everything is. The subgraphs are the registry's
 * (schema/src/registry.ts, read through the manifest `npm run compose` writes); gateway and web are listed here.
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot, urlVariable } from '@edu-catalogus/kit/runtime';
import { SUBGRAPHS } from '@edu-catalogus/schema';

export interface ServiceSpec {
  name: string;
  /** Entry file, relative to the repository root. */
  entry: string;
  portVariable: string;
  defaultPort: number;
  /** Services of the same stage start together; the next stage starts once they are all ready. */
  stage: number;
  /** Variable naming the V8 heap limit in MB (--max-old-space-size), and its default. */
  heap?: { variable: string; defaultMb: number };
}

export const SERVICES: ServiceSpec[] = [
  ...SUBGRAPHS.map(({ name, entry, portVariable, defaultPort }) => ({ name, entry, portVariable, defaultPort, stage: 0 })),
  // V8 grows the heap lazily: without a limit the gateway's RSS went 261 -> 410 MiB in a 90 s soak though it
  // holds little (its abort listeners are released per call); at 256 MB it peaked at 264 (docs/operations.md).
  {
    name: 'gateway',
    entry: 'gateway/src/main.ts',
    portVariable: 'GATEWAY_PORT',
    defaultPort: 4000,
    stage: 1,
    heap: { variable: 'GATEWAY_HEAP_MB', defaultMb: 256 },
  },
  { name: 'web', entry: 'services/web/src/index.ts', portVariable: 'WEB_PORT', defaultPort: 3000, stage: 2 },
];

export const entryPath = (spec: ServiceSpec) => path.join(repoRoot, spec.entry);

/** Node options of a service: tsx, and its heap limit when it has one. */
export function execArgv(spec: ServiceSpec, env: Record<string, string | undefined>): string[] {
  const mb = spec.heap ? Number(env[spec.heap.variable] ?? spec.heap.defaultMb) : 0;
  return ['--import', 'tsx', ...(Number.isInteger(mb) && mb > 0 ? [`--max-old-space-size=${mb}`] : [])];
}

async function freePort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The environment of the whole stack: `env` with every port decided and the URLs between services filled in. */
export async function stackEnvironment(env: Record<string, string | undefined>): Promise<Record<string, string>> {
  const out: Record<string, string> = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  const host = out.HOST ?? '127.0.0.1';
  const reach = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  for (const spec of SERVICES) {
    const given = out[spec.portVariable];
    if (given === '0') out[spec.portVariable] = String(await freePort(host));
    else if (given === undefined) out[spec.portVariable] = String(spec.defaultPort);
  }
  const url = (variable: string, pathname: string) => `http://${reach}:${out[variable]}${pathname}`;
  for (const spec of SUBGRAPHS) out[urlVariable(spec.name)] ??= url(spec.portVariable, '/graphql');
  // Every subgraph learns the graph it is part of (its peers, the change feed's order) from these.
  out.SUBGRAPH_NAMES ??= SUBGRAPHS.map((s) => s.name).join(',');
  out.GATEWAY_URL ??= url('GATEWAY_PORT', '/graphql');
  return out;
}
