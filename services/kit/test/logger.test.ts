import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withRequestId } from '../src/logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', sink) };
}

describe('request ids in logs', () => {
  it('puts the request id on every line logged while serving that request, across awaits', async () => {
    const { lines, logger } = capture();
    await withRequestId('req-1', async () => {
      logger.info('before');
      await Promise.resolve();
      logger.child({ store: 'tools' }).error('after');
    });
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['before', 'req-1'],
      ['after', 'req-1'],
      ['outside', undefined],
    ]);
  });

  it('keeps concurrent requests apart', async () => {
    const { lines, logger } = capture();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const a = withRequestId('a', async () => {
      await gate;
      logger.info('a');
    });
    const b = withRequestId('b', async () => logger.info('b'));
    release();
    await Promise.all([a, b]);
    expect(lines.map((l) => `${l.msg}:${l.requestId}`).sort()).toEqual(['a:a', 'b:b']);
  });
});
