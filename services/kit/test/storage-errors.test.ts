import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, silentLogger } from '../src/entries/runtime.ts';

const format = createErrorFormatter(silentLogger);
const wrapped = (error: Error) => new GraphQLError(error.message, { path: ['createTool'], originalError: error });

describe('storage failures', () => {
  it('refuses a write on a full or read-only disk with STORAGE_UNAVAILABLE, never the driver message', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_IOERR_WRITE']) {
      const error = wrapped(new Database.SqliteError('database or disk is full: /srv/data/tools.db', code));
      const formatted = format({ message: error.message, path: ['createTool'] }, error);
      expect(formatted.extensions?.code).toBe('STORAGE_UNAVAILABLE');
      expect(formatted.message).toMatch(/nothing was saved/);
      expect(formatted.message).not.toMatch(/srv|tools\.db/);
    }
  });

  it('answers a busy or damaged database with SERVICE_UNAVAILABLE, and any other driver error as unexpected', () => {
    const busy = wrapped(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));
    expect(format({ message: busy.message }, busy).extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const constraint = wrapped(new Database.SqliteError('UNIQUE constraint failed: tools.id', 'SQLITE_CONSTRAINT_UNIQUE'));
    expect(format({ message: constraint.message }, constraint)).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('a full disk, for real', () => {
  it('rolls back a write that fills the database and refuses it as STORAGE_UNAVAILABLE', () => {
    // SQLite's max_page_count makes the database "full" at its current size without filling a disk.
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let failure: unknown;
    try {
      db.transaction(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)))();
    } catch (error) {
      failure = error;
    }
    expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
    expect(format({ message: 'x' }, wrapped(failure as Error)).extensions?.code).toBe('STORAGE_UNAVAILABLE');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });
});
