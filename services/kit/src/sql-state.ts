/** SQLSTATE of a PostgreSQL error, also when drizzle wrapped it (its own module: callers need not load the stores' transaction code). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (typeof e.code === 'string') return e.code;
  return undefined;
}
