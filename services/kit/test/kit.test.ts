import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createErrorFormatter,
  decodeCursor,
  encodeCursor,
  InputError,
  loadDataDir,
  loadSubgraphConfig,
  NotFoundError,
  normalizeText,
  pageSize,
  toConnection,
} from '../src/entries/runtime.ts';

describe('error formatting', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
  const format = createErrorFormatter(logger);
  const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['tools'] });

  it('keeps the code, message and field of domain errors', () => {
    const error = new InputError('first', 'first must be between 0 and 100, got 101');
    expect(format({ message: error.message, path: ['tools'] }, wrapped(error))).toEqual({
      message: 'first must be between 0 and 100, got 101',
      path: ['tools'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(format({ message: 'x' }, wrapped(new NotFoundError('no tool "x"'))).extensions?.code).toBe('NOT_FOUND');
  });

  it('masks unknown errors and logs them in full', () => {
    logged.length = 0;
    const driver = new Error('SQLITE_ERROR: no such column: secret at /srv/app/db.ts:12');
    const formatted = format({ message: driver.message, path: ['tools'] }, wrapped(driver));
    expect(formatted).toEqual({ message: 'Unexpected error.', path: ['tools'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(logged)).toContain('no such column: secret');
  });
});

describe('connections', () => {
  it('validates first', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(100, 20)).toBe(100);
    expect(() => pageSize(101, 20)).toThrow(InputError);
    expect(() => pageSize(-1, 20)).toThrow('first must be between 0 and 100, got -1');
  });

  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor(['Moodle', 'moodle']))).toEqual(['Moodle', 'moodle']);
    expect(() => decodeCursor('not-a-cursor')).toThrow(InputError);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow('after is not a cursor');
  });

  it('uses the extra row to tell whether there is a next page', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, 3, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(toConnection(rows, 5, 3, (r) => [r.id]).pageInfo.hasNextPage).toBe(false);
  });
});

describe('normalizeText', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normalizeText('Enquête')).toBe('enquete');
    expect(normalizeText('  Ééntje,  Rocket.Chat! ')).toBe('eentje rocket chat');
  });
});

describe('subgraph config', () => {
  it('reads the port and database file from env, with defaults', () => {
    expect(loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { DATA_DIR: '/tmp/x' })).toEqual({
      port: 4001,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      databaseFile: '/tmp/x/tools.db',
      databaseSchema: 'tools',
    });
    expect(loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { TOOLS_PORT: '5001', DATA_DIR: '/tmp/x' }).port).toBe(5001);
  });

  it('reads DATA_DIR alone for commands that use no port (backup, restore)', () => {
    expect(loadDataDir({ DATA_DIR: '/tmp/x', TOOLS_PORT: 'eighty' })).toBe('/tmp/x');
    expect(() => loadDataDir({ DATA_DIR: '' })).toThrow(/DATA_DIR/);
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { TOOLS_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadSubgraphConfig('TOOLS_PORT', 4001, 'tools.db', { TOOLS_PORT: '70000' })).toThrow(/TOOLS_PORT/);
  });
});
