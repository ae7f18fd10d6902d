/**
 * Logical backup of a subgraph's PostgreSQL schema, consistent while replicas write: one connection,
 * one `REPEATABLE READ READ ONLY` transaction (one snapshot for every table), each table streamed out
 * with `COPY (SELECT … ORDER BY <primary key>) TO STDOUT` in text format into `<subgraph>.pg/<table>.copy`
 * (revisions and outbox in id order, so a restore writes history forward). The migration journal is a
 * table like the others and is also listed in the manifest entry, with every file's size, sha256 and rows.
 * No pg_dump is needed, so the server's version does not have to match a client tool's.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupError, fileDigest, type PgManifestEntry } from './database-files.ts';
import { appliedMigrations, ident, qualified, schemaTables } from './pg-catalog.ts';
import { describeUrl } from './pg-selection.ts';

export async function backupPostgres(options: { url: string; schema: string; subgraph: string; target: string }): Promise<PgManifestEntry> {
  const { url, schema, subgraph, target } = options;
  const folder = `${subgraph}.pg`;
  mkdirSync(path.join(target, folder), { mode: 0o700 });
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`cannot reach the PostgreSQL of ${subgraph} (${describeUrl(url)}): ${(error as Error).message}`);
  }
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = await schemaTables(client, schema);
    if (tables.length === 0) throw new BackupError(`schema "${schema}" of ${describeUrl(url)} has no tables: has ${subgraph} ever started on it?`);
    const migrations = await appliedMigrations(client, schema);
    const entries: PgManifestEntry['tables'] = [];
    for (const table of tables) {
      const file = `${folder}/${table.name}.copy`;
      const columns = table.columns.map(ident).join(', ');
      const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(ident).join(', ')}` : '';
      const out = client.query(copyTo(`COPY (SELECT ${columns} FROM ${qualified(schema, table.name)}${order}) TO STDOUT`));
      await pipeline(out, createWriteStream(path.join(target, file), { mode: 0o600 }));
      const digest = await fileDigest(path.join(target, file));
      const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(schema, table.name)}`);
      if (Number(counted.rows[0]!.n) !== digest.lines)
        throw new BackupError(`the copy of ${schema}.${table.name} has ${digest.lines} rows, the table ${counted.rows[0]!.n}`);
      entries.push({ table: table.name, file, columns: table.columns, rows: digest.lines, bytes: digest.bytes, sha256: digest.sha256 });
    }
    await client.query('COMMIT');
    return { subgraph, schema, migrations, tables: entries };
  } finally {
    await client.end();
  }
}
