/** Misconfiguration stops start-up with one line naming the setting, its value and what to do; no stack trace. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, startProcess } from '../src/process.ts';

let scratch: string;
let occupied: Server;
beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'edu-startup-'));
  occupied = createServer().listen(0, '127.0.0.1');
  await once(occupied, 'listening');
});
afterAll(() => {
  occupied.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function failure(entry: string, env: Record<string, string>) {
  const service = startProcess(entry, { DATA_DIR: path.join(scratch, 'data'), TOOLS_PORT: '0', GATEWAY_PORT: '0', ...env });
  const code = await service.exited;
  return { code, lines: service.lines.map((l) => l.text) };
}

/** Exactly one line says why it cannot start (a log line before it, e.g. seeding, may come first), and no stack trace. */
const oneClearLine = (lines: string[], ...words: (string | RegExp)[]) => {
  const why = lines.filter((l) => l.includes('cannot start'));
  expect(why, lines.join('\n')).toHaveLength(1);
  for (const word of words) expect(why[0]).toMatch(word);
  for (const line of lines) expect(line).not.toMatch(/^\s+at |Error:/);
};

describe('start-up failures', () => {
  it('DATA_DIR that is a file', async () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'x');
    const { code, lines } = await failure(ENTRIES.tools, { DATA_DIR: file });
    expect(code).toBe(1);
    oneClearLine(lines, 'tools cannot start', `DATA_DIR=${file}`, /is a file, not a folder; point DATA_DIR at a folder/);
  });

  it('DATA_DIR below a file', async () => {
    const { code, lines } = await failure(ENTRIES.gateway, { DATA_DIR: path.join(scratch, 'a-file', 'data') });
    expect(code).toBe(1);
    oneClearLine(lines, 'gateway cannot start', 'DATA_DIR=', /a part of the path is a file/);
  });

  it('a port in use', async () => {
    const { port } = occupied.address() as { port: number };
    const { code, lines } = await failure(ENTRIES.tools, { TOOLS_PORT: String(port) });
    expect(code).toBe(1);
    oneClearLine(lines, `TOOLS_PORT=${port}`, /is in use by another process; stop what listens there or set TOOLS_PORT/);
  });

  it('a port and a URL that are not valid, naming the value; a short secret, hiding it', async () => {
    const { code, lines } = await failure(ENTRIES.gateway, { GATEWAY_PORT: 'eighty', SUBGRAPH_TOOLS_URL: 'ftp://tools', GATEWAY_HMAC_SECRET: 'short-secret' });
    expect(code).toBe(1);
    oneClearLine(lines, /GATEWAY_PORT: .*\(got "eighty"\)/, /SUBGRAPH_TOOLS_URL: must be an http\(s\) URL \(got "ftp:\/\/tools"\)/);
    const secret = await failure(ENTRIES.gateway, { GATEWAY_HMAC_SECRET: 'short-secret' });
    oneClearLine(secret.lines, /GATEWAY_HMAC_SECRET: must be at least 16 characters \(value hidden\)/);
    expect(secret.lines.join('\n')).not.toContain('short-secret');
  });
});
