/**
 * What backup and restore read from PostgreSQL's catalog about a subgraph's schema: its tables with
 * their copied columns and primary keys, in an order a restore can load them (referenced tables first,
 * entries before their revisions), the identity and serial columns, and the migration journal.
 */
import type pg from 'pg';

export const JOURNAL = '__drizzle_migrations';

export interface CatalogTable {
  name: string;
  /** Every column but generated ones (the database computes those), in table order. */
  columns: string[];
  primaryKey: string[];
}

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (schema: string, table: string) => `${ident(schema)}.${ident(table)}`;

/** The schema's tables in load order: a table after those it references, revisions after entries (their trigger reads them). */
export async function schemaTables(client: pg.ClientBase, schema: string): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; primary_key: string[] | null }>(
    `SELECT c.relname AS name,
            (SELECT array_agg(a.attname ORDER BY a.attnum)::text[] FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
            (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM pg_index i
               CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    [schema],
  );
  const { rows: references } = await client.query<{ from: string; to: string }>(
    `SELECT c.relname AS "from", r.relname AS "to" FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND c.oid <> r.oid`,
    [schema],
  );
  const needs = new Map(rows.map((t) => [t.name, new Set<string>()]));
  for (const { from, to } of references) needs.get(from)?.add(to);
  if (needs.has('entries')) needs.get('revisions')?.add('entries');
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name)) return;
    placed.add(name);
    for (const dependency of needs.get(name) ?? []) place(dependency);
    const row = rows.find((t) => t.name === name)!;
    ordered.push({ name, columns: row.columns ?? [], primaryKey: row.primary_key ?? [] });
  };
  for (const { name } of rows) place(name);
  return ordered;
}

/** Every column a sequence fills (identity or serial) in the schema, with its sequence. */
export async function sequenceColumns(client: pg.ClientBase, schema: string): Promise<{ table: string; column: string; sequence: string }[]> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT * FROM (
       SELECT c.relname AS "table", a.attname AS "column", pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')) s
      WHERE sequence IS NOT NULL`,
    [schema],
  );
  return rows;
}

/** The migrations applied to the schema (drizzle's journal), oldest first; none when it has no journal. */
export async function appliedMigrations(client: pg.ClientBase, schema: string): Promise<{ hash: string; createdAt: number }[]> {
  const exists = await client.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, JOURNAL]);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(
    `SELECT hash, created_at FROM ${qualified(schema, JOURNAL)} ORDER BY created_at, id`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** What the schema already holds (tables first, then other relations, functions, text search configurations); nothing when it does not exist. */
export async function schemaContents(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ what: string }>(
    `SELECT what FROM (
       SELECT CASE c.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'table ' WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' ELSE 'relation ' END || c.relname AS what,
              CASE WHEN c.relkind IN ('r', 'p') THEN 0 ELSE 1 END AS rank
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
       UNION ALL SELECT 'function ' || p.proname, 2 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1
       UNION ALL SELECT 'text search configuration ' || t.cfgname, 3 FROM pg_ts_config t JOIN pg_namespace n ON n.oid = t.cfgnamespace WHERE n.nspname = $1
     ) s ORDER BY rank, what`,
    [schema],
  );
  return rows.map((r) => r.what);
}
