/**
 * Which store each subgraph uses, read as the subgraphs read it: `<NAME>_DATABASE_URL` (`TOOLS_DATABASE_URL`)
 * for one subgraph, else `DATABASE_URL` for all, each subgraph in the schema of its name; neither: its
 * SQLite file in DATA_DIR. Backup and restore follow the same choice.
 */
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { SUBGRAPHS } from '@edu-catalogus/schema';

export type StoreChoice =
  | { subgraph: string; store: 'sqlite'; file: string }
  | { subgraph: string; store: 'postgres'; url: string; schema: string; migrationsFolder: string };

export const databaseUrlVariable = (subgraph: string) => `${subgraph.toUpperCase()}_DATABASE_URL`;

/** The PostgreSQL URL of a subgraph, or undefined for its SQLite file. */
export function databaseUrlOf(subgraph: string, env: Record<string, string | undefined>): string | undefined {
  return env[databaseUrlVariable(subgraph)] || env.DATABASE_URL || undefined;
}

/** Every subgraph of the registry with its store. */
export function storeChoices(env: Record<string, string | undefined>): StoreChoice[] {
  return SUBGRAPHS.map(({ name, databaseName, entry }) => {
    const url = databaseUrlOf(name, env);
    if (!url) return { subgraph: name, store: 'sqlite', file: databaseName };
    // The subgraph's committed PostgreSQL migrations sit beside its src/: services/<name>/drizzle-pg.
    const migrationsFolder = path.join(repoRoot, path.dirname(path.dirname(entry)), 'drizzle-pg');
    return { subgraph: name, store: 'postgres', url, schema: name, migrationsFolder };
  });
}

/** A URL fit for a message: no user name or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an unreadable URL)';
  }
}
