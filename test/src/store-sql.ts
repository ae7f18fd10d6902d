/**
 * One SQL statement on a subgraph's store behind a running stack, as an operator with a database client
 * would run it: the SQLite file in the stack's DATA_DIR, or the subgraph's schema on the stack's PostgreSQL.
 * For what no API may do (a rule the database itself must refuse) or does not do yet (a test's setup).
 * Answers the rows; rejects with the database's own error.
 */
import path from 'node:path';
import { subgraphs } from '@edu-catalogus/schema/registry';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Stack } from './stack.ts';

export async function storeSql(stack: Stack, subgraph: string, statement: string): Promise<Record<string, unknown>[]> {
  const def = subgraphs.find((s) => s.name === subgraph);
  if (!def) throw new Error(`no subgraph ${subgraph} in the registry`);
  if (stack.stores[subgraph] === 'postgres') {
    const client = new pg.Client({ connectionString: stack.databaseUrl, options: `-c search_path=${subgraph},public` });
    await client.connect();
    try {
      return (await client.query(statement)).rows;
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(stack.dataDir, def.databaseName));
  try {
    const prepared = db.prepare(statement);
    return prepared.reader ? (prepared.all() as Record<string, unknown>[]) : (prepared.run(), []);
  } finally {
    db.close();
  }
}
