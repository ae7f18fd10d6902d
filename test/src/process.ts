/** Runs a service as a real child process (as `npm start` does) and follows its JSON log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';

export const ENTRIES = {
  tools: 'services/tools/src/main.ts',
  facilities: 'services/facilities/src/main.ts',
  standards: 'services/standards/src/main.ts',
  gateway: 'gateway/src/main.ts',
  web: 'services/web/src/index.ts',
} as const;

export interface ServiceProcess {
  child: ChildProcess;
  /** Every line it wrote, JSON parsed where it was JSON. */
  lines: { text: string; json?: Record<string, any> }[];
  /** Resolves with the first line (seen or to come) that matches. */
  line: (match: (line: { text: string; json?: Record<string, any> }) => boolean) => Promise<{ text: string; json?: Record<string, any> }>;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
}

export function startProcess(entry: string, env: Record<string, string>, args: string[] = []): ServiceProcess {
  return startCommand(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry), ...args], env);
}

/** Runs `command` in the repository root (e.g. `npm start`) and follows its output. */
export function startCommand(command: string, args: string[], env: Record<string, string>): ServiceProcess {
  const entry = [command, ...args].join(' ');
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: ServiceProcess['lines'] = [];
  const waiters: { match: Parameters<ServiceProcess['line']>[0]; resolve: (line: ServiceProcess['lines'][number]) => void }[] = [];
  const onData = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts.filter(Boolean)) {
        let json: Record<string, any> | undefined;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const line = { text, json };
        lines.push(line);
        for (const waiter of [...waiters]) if (waiter.match(line)) waiters.splice(waiters.indexOf(waiter), 1), waiter.resolve(line);
      }
    });
  };
  onData(child.stdout!);
  onData(child.stderr!);
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const line: ServiceProcess['line'] = (match) => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`${entry} exited (${code}) before the line came:\n${lines.map((l) => l.text).join('\n')}`)));
    });
  };
  return { child, lines, line, exited };
}

/** The URL a service logs when it is ready ("... ready at http://…" / "open http://…"). */
export async function readyUrl(service: ServiceProcess): Promise<string> {
  const ready = await service.line((l) => /https?:\/\/\S+/.test(String(l.json?.msg ?? '')) && /ready/.test(String(l.json?.msg)));
  return /https?:\/\/[^\s)]+/.exec(String(ready.json!.msg))![0];
}
