/**
 * A fresh data directory for a throwaway server, without running initdb each time: initdb (seconds of
 * CPU, most of a start on a busy machine) runs once per set of binaries into a template under the temp
 * dir, and each server gets a copy of it (`cp -a` as the server's user, so owner and modes carry over).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBinaries } from './debian-binaries.ts';

export type RunAs = { uid: number; gid: number } | Record<string, never>;

/** Runs a command as `user`; rejects with its output when it fails. */
export function run(command: string, args: string[], user: RunAs): Promise<string> {
  const child = spawn(command, args, { ...user, env: { ...process.env, LC_ALL: 'C' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} failed (${code}): ${output}`))));
  });
}

/** A directory `user` owns (under the temp dir, which everyone may enter). */
export async function ownedTempDir(prefix: string, user: RunAs): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if ('uid' in user) await chown(dir, user.uid, user.gid);
  return dir;
}

async function template(binaries: PostgresBinaries, user: RunAs): Promise<string> {
  const version = execFileSync(binaries.postgres, ['--version'], { encoding: 'utf8' });
  const key = createHash('sha256')
    .update(`${binaries.postgres}\n${version}\n${'uid' in user ? user.uid : process.getuid?.()}`)
    .digest('hex');
  const dir = join(tmpdir(), `edu-catalogus-pg-template-${key.slice(0, 12)}`);
  if (existsSync(join(dir, 'data', 'PG_VERSION'))) return join(dir, 'data');
  // Built beside and renamed into place: servers starting at once never copy half a template.
  const staging = await ownedTempDir(`edu-catalogus-pg-template-${key.slice(0, 12)}-`, user);
  try {
    const args = ['-D', join(staging, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'];
    await run(binaries.initdb, args, user);
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(dir, 'data', 'PG_VERSION'))) throw error; // another process won the race otherwise
  }
  return join(dir, 'data');
}

/**
 * Fills `dataDir` (not existing yet, in a folder `user` owns) with a copy of `from`, the data directory of a
 * stopped server (`stopKeepingData()`), or else with a new, never-started cluster.
 */
export async function freshDataDir(binaries: PostgresBinaries, user: RunAs, dataDir: string, from?: string): Promise<void> {
  await run('cp', ['-a', from ?? (await template(binaries, user)), dataDir], user);
}
