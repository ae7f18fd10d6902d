/**
 * As root the server runs as `nobody`, which must be able to read and run the binaries. A checkout
 * under a private folder (/root/...) hides node_modules from it: then the binaries' folder (bin, lib,
 * share side by side, as PostgreSQL finds them) is copied once to a world-readable folder under the
 * temp dir and used from there.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { RunAs } from './data-template.ts';
import type { PostgresBinaries } from './debian-binaries.ts';

type Account = { uid: number; gid: number };
const isAccount = (runAs: RunAs): runAs is Account => 'uid' in runAs;

function runs(binary: string, user: Account): boolean {
  try {
    execFileSync(binary, ['--version'], { ...user, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function reachableBinaries(binaries: PostgresBinaries, runAs: RunAs): Promise<PostgresBinaries> {
  if (!isAccount(runAs)) return binaries;
  const user = runAs;
  if (runs(binaries.postgres, user)) return binaries;
  const home = dirname(dirname(binaries.postgres));
  const copy = join(tmpdir(), `edu-catalogus-postgres-${createHash('sha256').update(home).digest('hex').slice(0, 12)}`);
  const at = (dir: string): PostgresBinaries => ({
    ...binaries,
    initdb: join(dir, basename(dirname(binaries.initdb)), basename(binaries.initdb)),
    postgres: join(dir, basename(dirname(binaries.postgres)), basename(binaries.postgres)),
  });
  if (!existsSync(at(copy).postgres)) {
    // Copied beside and renamed into place, so test files starting servers at once never see half a copy.
    const staging = await mkdtemp(`${copy}-`);
    await cp(home, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rename(staging, copy).catch(() => rm(staging, { recursive: true, force: true }));
  }
  if (!runs(at(copy).postgres, user)) throw new Error(`PostgreSQL binaries copied to ${copy} still do not run as uid ${user.uid}`);
  return at(copy);
}
