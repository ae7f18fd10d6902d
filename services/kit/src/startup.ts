/**
 * Start-up failures in one line that names the setting, the value and what to do, instead of a stack
 * trace: DATA_DIR that is a file, missing or not writable (permissions or a read-only disk), a port
 * in use or not allowed, a file a setting names that cannot be read.
 */
import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config.ts';

/** The port variable of each process, for messages about listening. */
const PORT_VARIABLES: Record<string, string> = {
  tools: 'TOOLS_PORT',
  facilities: 'FACILITIES_PORT',
  standards: 'STANDARDS_PORT',
  gateway: 'GATEWAY_PORT',
  web: 'WEB_PORT',
};

/** Checks that DATA_DIR is a folder this process can write to (creating it 0700 if missing); throws ConfigError. */
export function ensureDataDir(dir: string): void {
  const problem = (what: string, todo: string) => new ConfigError(`DATA_DIR=${dir}: ${what}; ${todo}`);
  let isDir: boolean | undefined;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw problem('a part of the path is a file', 'point DATA_DIR at a folder');
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw problem(`cannot be read (${(error as NodeJS.ErrnoException).code})`, 'check its permissions');
  }
  if (isDir === false) throw problem('is a file, not a folder', 'point DATA_DIR at a folder (it is created when missing)');
  try {
    if (isDir === undefined) mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    // access() says yes on a read-only disk for root; only a real write tells.
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') throw problem('is on a read-only file system', 'mount it writable or choose another DATA_DIR');
    if (code === 'ENOSPC') throw problem('is on a full disk', 'free space or choose another DATA_DIR');
    throw problem(`is not writable (${code})`, "give this service's user write access or choose another DATA_DIR");
  }
}

/** One line for an error that stopped start-up, or undefined when it is a bug (then the stack is worth logging). */
export function explainStartupError(name: string, error: unknown): string | undefined {
  if (error instanceof ConfigError) return error.message;
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (e?.syscall === 'listen') {
    const variable = PORT_VARIABLES[name] ?? 'the port';
    const why =
      e.code === 'EADDRINUSE' ? 'is in use by another process' : e.code === 'EACCES' ? 'needs privileges this process lacks' : `cannot be used (${e.code})`;
    return `${variable}=${e.port}: port ${e.port} on ${e.address ?? 'HOST'} ${why}; stop what listens there or set ${variable} (and HOST) to a free port`;
  }
  if (typeof e?.code === 'string' && typeof e.path === 'string') {
    return `cannot ${e.syscall ?? 'use'} ${e.path} (${e.code}); check the setting that names this file and its permissions`;
  }
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_')) {
    return `the database cannot be opened (${e.code}: ${e.message}); check DATA_DIR, or restore a backup (npm run restore)`;
  }
  return undefined;
}
