/** Typed, validated runtime configuration shared by the processes; read once by each index.ts. */
import path from 'node:path';
import { z } from 'zod';

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** The repository root, found from this file, so `DATA_DIR` defaults to `<repo>/.data` whatever the cwd. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export const dataDir = z
  .string()
  .min(1)
  .default(path.join(repoRoot, '.data'))
  .transform((dir) => path.resolve(repoRoot, dir));

export class ConfigError extends Error {}

/** A true/false setting (`true`, `1`, `yes`, `on` or their opposites). */
export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** Production mode: `PRODUCTION=true` or `NODE_ENV=production`. */
export const productionMode = (env: Record<string, string | undefined>): boolean =>
  parseConfig(z.object({ PRODUCTION: flag(false) }), env).PRODUCTION || env.NODE_ENV === 'production';

/** Parses `env` with `schema`; on failure throws one message that names every bad variable. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(env)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    // The value helps find the typo, except where it is a secret.
    const shown = value === undefined ? '' : /SECRET|KEY|TOKEN|PASSWORD|DATABASE_URL/i.test(key) ? ' (value hidden)' : ` (got ${JSON.stringify(value)})`;
    return `${key}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}

/** `METRICS_TOKEN`: the bearer token that reads `/metrics` on a process's own port. */
export const metricsToken = z.string().min(16, 'must be at least 16 characters').optional();

/** `DATA_DIR` alone, for commands that work on every database (backup, restore) and care about no port. */
export function loadDataDir(env: Record<string, string | undefined> = process.env): string {
  return parseConfig(z.object({ DATA_DIR: dataDir }), env).DATA_DIR;
}

/** A PostgreSQL connection URL, or unset (an empty value counts as unset). */
export const databaseUrl = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// (or postgresql://) URL')
    .optional(),
);

/** `TOOLS_DATABASE_URL` for the subgraph `tools`: its own PostgreSQL, before the `DATABASE_URL` of all. */
export const databaseUrlVariable = (subgraph: string) => `${subgraph.toUpperCase()}_DATABASE_URL`;

/**
 * Config of one subgraph process: its port variable, the database file inside DATA_DIR, and its store:
 * PostgreSQL when `<NAME>_DATABASE_URL` or `DATABASE_URL` is set (in the schema of its name), else SQLite.
 */
export function loadSubgraphConfig(
  portVariable: string,
  defaultPort: number,
  databaseName: string,
  env: Record<string, string | undefined> = process.env,
  name = portVariable.replace(/_PORT$/, '').toLowerCase(),
) {
  const own = databaseUrlVariable(name);
  const schema = z
    .object({
      [portVariable]: port(defaultPort),
      DATA_DIR: dataDir,
      HOST: z.string().min(1).default('127.0.0.1'),
      METRICS_TOKEN: metricsToken,
      [own]: databaseUrl,
      DATABASE_URL: databaseUrl,
    })
    .transform((c) => {
      const url = (c[own] ?? c.DATABASE_URL) as string | undefined;
      return {
        metricsToken: c.METRICS_TOKEN as string | undefined,
        port: c[portVariable] as number,
        host: c.HOST as string,
        dataDir: c.DATA_DIR as string,
        databaseFile: path.join(c.DATA_DIR as string, databaseName),
        /** Set: serve from PostgreSQL, in the schema `databaseSchema`; unset: SQLite in `databaseFile`. */
        databaseUrl: url,
        /** Which variable named the URL, for messages. */
        databaseUrlVariable: url === undefined ? undefined : c[own] !== undefined ? own : 'DATABASE_URL',
        databaseSchema: name,
      };
    });
  return parseConfig(schema, env);
}
