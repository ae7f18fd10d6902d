/**
 * The graph a subgraph process belongs to, passed in at run time: kit does not know the registry
 * (schema/src/registry.ts), whoever starts the process does. `SUBGRAPH_NAMES` lists every subgraph in
 * the registry's order (the change feed's order and cursor layout); `SUBGRAPH_<NAME>_URL` says where each is.
 */
export interface GraphMember {
  name: string;
  url: string;
}

export const urlVariable = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;

/** The variables that tell a process about the graph (the supervisor and the test stack set them from the registry). */
export function graphEnvironment(members: readonly GraphMember[]): Record<string, string> {
  return { SUBGRAPH_NAMES: members.map((m) => m.name).join(','), ...Object.fromEntries(members.map((m) => [urlVariable(m.name), m.url])) };
}

/** The graph as the environment gives it; a subgraph started on its own, without `SUBGRAPH_NAMES`, knows only itself. */
export function graphFromEnv(own: string, env: Record<string, string | undefined> = process.env): { names: string[]; urls: Record<string, string> } {
  const listed = (env.SUBGRAPH_NAMES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const names = listed.length > 0 ? listed : [own];
  const urls = Object.fromEntries(names.flatMap((n) => (env[urlVariable(n)] ? [[n, env[urlVariable(n)] as string]] : [])));
  return { names, urls };
}
