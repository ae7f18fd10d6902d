/**
 * Restore of a subgraph's PostgreSQL schema from its logical backup (pg-backup.ts), into an empty
 * schema, in one transaction (a failure leaves nothing behind): the committed migrations the backup's
 * journal lists (so its triggers, the append-only rules among them, are the database's again), then
 * every table's rows with `COPY … FROM STDIN` in load order, history as an import
 * (`edu_catalogus.import_history`, as the SQLite copy does), then every identity and serial sequence
 * moved past the restored ids, and the row counts checked against the manifest. Migrations newer than
 * the backup are left to the subgraph's own start, which applies them as on any upgrade.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { fileDigest, type PgManifestEntry, RestoreError } from './database-files.ts';
import { ident, JOURNAL, qualified, schemaContents, sequenceColumns } from './pg-catalog.ts';
import { describeUrl } from './pg-selection.ts';

export interface PgRestoreTarget {
  url: string;
  schema: string;
  migrationsFolder: string;
}

/** Every table file of the entry is there, matches its checksum and holds the rows the manifest says. */
export async function verifyPgBackup(dir: string, entry: PgManifestEntry): Promise<void> {
  for (const table of entry.tables) {
    const file = path.join(dir, table.file);
    const digest = await fileDigest(file).catch(() => undefined);
    if (!digest) throw new RestoreError(`${file} is missing`);
    if (digest.sha256 !== table.sha256) throw new RestoreError(`${file} does not match its checksum in the manifest`);
    if (digest.lines !== table.rows) throw new RestoreError(`${file} has ${digest.lines} rows, the manifest says ${table.rows}`);
  }
}

/** The code's migrations the backup was made at (its journal must be their beginning), as SQL statements. */
function migrationsOf(entry: PgManifestEntry, folder: string) {
  const code = readMigrationFiles({ migrationsFolder: folder });
  const matches = entry.migrations.every((m, i) => code[i]?.hash === m.hash && code[i]?.folderMillis === m.createdAt);
  if (!matches)
    throw new RestoreError(
      `the backup of ${entry.subgraph} was made at migrations this version does not have (${entry.migrations.length} in the backup, ${code.length} here, not the same ones); restore it with the version of edu-catalogus that made it`,
    );
  return code.slice(0, entry.migrations.length);
}

const connect = async (url: string, subgraph: string) => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new RestoreError(`cannot reach the PostgreSQL of ${subgraph} (${describeUrl(url)}): ${(error as Error).message}`);
  }
  return client;
};

/** Refuses a schema that holds anything: a restore never mixes with or overwrites data. */
async function refuseNonEmpty(client: pg.ClientBase, target: PgRestoreTarget): Promise<void> {
  const contents = await schemaContents(client, target.schema);
  if (contents.length === 0) return;
  const shown = contents.slice(0, 5).join(', ') + (contents.length > 5 ? `, … (${contents.length} objects)` : '');
  throw new RestoreError(
    `schema "${target.schema}" of ${describeUrl(target.url)} is not empty (${shown}); restore into an empty schema: another database, or DROP SCHEMA ${target.schema} CASCADE after making sure it holds nothing you need`,
  );
}

/** Checks, without changing anything, that the target schema is empty. */
export async function checkPgTargetEmpty(target: PgRestoreTarget, subgraph: string): Promise<void> {
  const client = await connect(target.url, subgraph);
  try {
    await refuseNonEmpty(client, target);
  } finally {
    await client.end();
  }
}

export async function restorePostgres(dir: string, entry: PgManifestEntry, target: PgRestoreTarget): Promise<Record<string, number>> {
  const migrations = migrationsOf(entry, target.migrationsFolder);
  const { schema } = target;
  const client = await connect(target.url, entry.subgraph);
  try {
    await client.query('BEGIN');
    // The lock the subgraphs take to migrate (kit's openPostgres): a replica starting now waits for the restore.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`edu-catalogus migrate ${schema}`]);
    await refuseNonEmpty(client, target);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
    await client.query(`SELECT set_config('search_path', $1, true)`, [`${ident(schema)},public`]);
    for (const migration of migrations) for (const statement of migration.sql) if (statement.trim()) await client.query(statement);
    await client.query(`CREATE TABLE ${qualified(schema, JOURNAL)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
    await client.query(`SELECT set_config('edu_catalogus.import_history', 'on', true)`);
    const counts: Record<string, number> = {};
    for (const table of entry.tables) {
      const columns = table.columns.map(ident).join(', ');
      const into = client.query(copyFrom(`COPY ${qualified(schema, table.table)} (${columns}) FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, table.file)), into);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(schema, table.table)}`);
      counts[table.table] = Number(rows[0]!.n);
      if (counts[table.table] !== table.rows)
        throw new RestoreError(`restored ${schema}.${table.table} has ${counts[table.table]} rows, the manifest says ${table.rows}`);
    }
    for (const { table, column, sequence } of await sequenceColumns(client, schema))
      await client.query(`SELECT setval($1, max(${ident(column)})) FROM ${qualified(schema, table)} HAVING max(${ident(column)}) IS NOT NULL`, [sequence]);
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`restoring ${entry.subgraph} into ${describeUrl(target.url)} failed, nothing was written: ${(error as Error).message}`);
  } finally {
    await client.end();
  }
}
