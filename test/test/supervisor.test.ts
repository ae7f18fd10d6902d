/** `npm start` on real processes: a crashed service is restarted; SIGTERM stops everything, leaving no process or port. */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '@edu-catalogus/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../src/http.ts';
import { startCommand, type ServiceProcess } from '../src/process.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
const msg = (l: { json?: Record<string, any> }) => String(l.json?.msg ?? '');

let dataDir: string;
let stack: ServiceProcess;
const urls: Record<string, string> = {};
const pids: Record<string, number> = {};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'edu-supervisor-'));
  const ports = { TOOLS_PORT: '0', FACILITIES_PORT: '0', STANDARDS_PORT: '0', GATEWAY_PORT: '0', WEB_PORT: '0' };
  stack = startCommand('npm', ['start'], { DATA_DIR: dataDir, ...ports, RATE_LIMIT: '10000' });
  await stack.line((l) => msg(l) === 'every service is ready');
  for (const name of ['tools', 'facilities', 'standards', 'gateway', 'web']) {
    // Its own "ready" line and the supervisor's may reach the shared pipe in either order.
    const ready = await stack.line((l) => l.json?.name === name && /ready/.test(msg(l)) && /http:\/\//.test(msg(l)));
    urls[name] = /http:\/\/[^\s)]+/.exec(msg(ready))![0];
    pids[name] = ready.json!.pid;
  }
}, 240_000);
afterAll(() => {
  if (stack?.child.exitCode === null) stack.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('restarts a subgraph that was killed, on the same port, and the gateway answers from it again', async () => {
    process.kill(pids.tools!, 'SIGKILL');
    await stack.line((l) => l.json?.service === 'tools' && /restarting/.test(msg(l)));
    const back = await stack.line((l) => l.json?.name === 'tools' && /ready at/.test(msg(l)) && l.json.pid !== pids.tools);
    expect(msg(back)).toContain(urls.tools);
    pids.tools = back.json!.pid;
    const answer = await postJson(urls.gateway!, { query: '{ tool(id: "moodle") { name } }' });
    expect(answer.json.data.tool.name).toBe('Moodle LMS');
    expect(Object.values(pids).every(alive)).toBe(true);
  }, 120_000);

  it('stops web, gateway and subgraphs in that order on SIGTERM, exits 0 and leaves no process and no port', async () => {
    stack.child.kill('SIGTERM');
    expect(await stack.exited).toBe(0);
    const stopped = stack.lines.filter((l) => /^\w+ stopped$/.test(msg(l)) && l.json?.service).map((l) => l.json!.service);
    expect(stopped.slice(0, 2)).toEqual(['web', 'gateway']);
    expect(new Set(stopped.slice(2))).toEqual(new Set(SUBGRAPHS.map((s) => s.name)));
    for (const pid of Object.values(pids)) expect(alive(pid)).toBe(false);
    for (const url of Object.values(urls)) expect(await refused(url)).toBe(true);
  }, 60_000);
});
