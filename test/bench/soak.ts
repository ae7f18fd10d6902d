/**
 * `npm run bench:soak`: the whole stack as `npm start` runs it (five processes under the supervisor),
 * SOAK_SECONDS (180) of mixed anonymous reads (some with ever-new operation names, as scrapers send),
 * curator reads and curation writes from SOAK_CLIENTS (16) clients. Prints RSS per process at start,
 * peak and end, p50/p99 latency, errors, and how many MaxListenersExceededWarning lines were written.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signDevToken } from '@edu-catalogus/gateway';
import { postJson } from '../src/http.ts';
import { startCommand } from '../src/process.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 16);
const NAMES = ['tools', 'facilities', 'standards', 'gateway', 'web'];
const dataDir = mkdtempSync(path.join(tmpdir(), 'edu-soak-'));
const ports = { TOOLS_PORT: '0', FACILITIES_PORT: '0', STANDARDS_PORT: '0', GATEWAY_PORT: '0', WEB_PORT: '0' };
const stack = startCommand(process.execPath, ['--import', 'tsx', 'services/ops/src/start.ts'], { DATA_DIR: dataDir, ...ports, RATE_LIMIT: '1000000' });
await stack.line((l) => l.json?.msg === 'every service is ready');
// A service's own "ready" line and the supervisor's may reach the shared pipe in either order.
const readyLines = Object.fromEntries(
  await Promise.all(NAMES.map(async (n) => [n, await stack.line((l) => l.json?.name === n && /ready/.test(String(l.json?.msg)))] as const)),
);
const ready = (name: string) => readyLines[name]!;
const pids = Object.fromEntries(NAMES.map((n) => [n, ready(n)?.json?.pid as number]));
if (Object.values(pids).some((p) => !p)) throw new Error(`no pid for a service: ${JSON.stringify(pids)}\n${stack.lines.map((l) => l.text).join('\n')}`);
const gatewayUrl = /http:\/\/[^\s)]+/.exec(String(ready('gateway').json!.msg))![0];
const token = await signDevToken(dataDir, 'edu-catalogus', { sub: 'soak', org: 'kennisnet', roles: ['curator'] });

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const rss: Record<string, { start: number; peak: number; end: number }> = {};
const sample = () => {
  for (const name of NAMES) {
    const now = rssMiB(pids[name]!);
    const r = (rss[name] ??= { start: now, peak: now, end: now });
    r.peak = Math.max(r.peak, now);
    r.end = now;
  }
};
sample();

const WORDS = ['teams', 'zoom', 'word', 'moodle', 'foto', 'video', 'enquete', 'toets', 'digibord', 'libreofice', 'wiskunde', 'samenwerken'];
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
const latencies: number[] = [];
let errors = 0;
let writes = 0;
const one = async (client: number, i: number) => {
  const r = Math.random();
  const auth = { authorization: `Bearer ${token}` };
  let response: Awaited<ReturnType<typeof postJson>>;
  if (r < 0.15) {
    const id = `soak-${client}-${i}`;
    response = await postJson(
      gatewayUrl,
      {
        query: 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }',
        variables: { input: { id, name: `Soak ${id}`, summary: { nl: 'Soak' } } },
      },
      auth,
    );
    writes++;
  } else if (r < 0.25) response = await postJson(gatewayUrl, { query: '{ organisationEntries { id version } }' }, auth);
  else if (r < 0.35)
    response = await postJson(gatewayUrl, {
      query: `query Scraper${Math.random().toString(36).slice(2)} { tool(id: "${pick(['moodle', 'nextcloud', 'gimp'])}") { name } }`,
    });
  else if (r < 0.7)
    response = await postJson(gatewayUrl, {
      query: 'query Search($q: String) { tools(search: $q, first: 20) { totalCount edges { node { id name license { expression } } } } }',
      variables: { q: `${pick(WORDS)} ${Math.random() < 0.3 ? pick(WORDS) : ''}`.trim() },
    });
  else if (r < 0.85)
    response = await postJson(gatewayUrl, {
      query: 'query Alternatives($to: String!) { alternatives(to: $to) { alternatives { fit tool { id name standards { name } facilities { name } } } } }',
      variables: { to: pick(['teams', 'zoom', 'word', 'google classroom']) },
    });
  else
    response = await postJson(gatewayUrl, {
      query: 'query Facility { facilities(first: 50) { edges { node { id name operator { name } standards { name implementedBy { id } } } } } }',
    });
  if (response.status !== 200 || (response.json?.errors && !(r < 0.15 && response.json.errors[0]?.extensions?.code === 'BAD_USER_INPUT'))) errors++;
};

const end = Date.now() + SECONDS * 1000;
const sampler = setInterval(sample, 1000);
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, client) => {
    for (let i = 0; Date.now() < end; i++) {
      const t = performance.now();
      await one(client, i).catch(() => errors++);
      latencies.push(performance.now() - t);
    }
  }),
);
clearInterval(sampler);
sample();
const warnings = stack.lines.filter((l) => l.text.includes('MaxListenersExceededWarning')).length;
if (process.env.SOAK_SHOW_WARNINGS)
  for (const [i, l] of stack.lines.entries())
    if (l.text.includes('MaxListenersExceededWarning'))
      console.log(
        stack.lines
          .slice(i, i + 12)
          .map((x) => x.text)
          .join('\n'),
      );
stack.child.kill('SIGTERM');
const exit = await stack.exited;
rmSync(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
console.log(
  `\n${SECONDS} s, ${CLIENTS} clients: ${latencies.length} requests (${writes} writes), ${errors} errors, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, ${warnings} MaxListenersExceededWarning lines, supervisor exit ${exit}\n`,
);
console.log('| process | RSS start MiB | peak | end |\n|---|---:|---:|---:|');
for (const name of NAMES) console.log(`| ${name} | ${rss[name]!.start.toFixed(0)} | ${rss[name]!.peak.toFixed(0)} | ${rss[name]!.end.toFixed(0)} |`);
