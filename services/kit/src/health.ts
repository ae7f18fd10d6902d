/**
 * Whether a subgraph's database can serve and take writes: it answers, passes SQLite's `quick_check`,
 * its file and folder are writable (a probe file is written), and the disk has room. `/readyz` reports the first problem found,
 * so an orchestrator (and the gateway's `/readyz`) can say which database is wrong and why.
 */
import { accessSync, constants, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Health {
  ok: boolean;
  /** Why not, in words an operator can act on. */
  reason?: string;
  /** `integrity`: the file itself is damaged (restore a backup); `storage`: it cannot take writes (disk, permissions). */
  problem?: 'integrity' | 'storage';
}

export interface DatabaseHealthOptions {
  /** Below this many free bytes on the database's disk the subgraph is not ready (MIN_FREE_DISK_MB, default 100). */
  minFreeBytes?: number;
  /** `quick_check` reads the whole file, so it runs at start, after a corruption error, and then at most this often. */
  quickCheckEveryMs?: number;
}

/** MIN_FREE_DISK_MB from the environment, in bytes (default 100 MB). */
export function minFreeDiskBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.MIN_FREE_DISK_MB ?? 100);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 100) * 1024 * 1024;
}

/** The part of a better-sqlite3 handle the checks use; structural, so the light runtime entry never names the driver. */
export interface SqliteHandle {
  readonly name: string;
  pragma(source: string): unknown;
}

export function createDatabaseHealth(sqlite: SqliteHandle, options: DatabaseHealthOptions = {}) {
  const minFree = options.minFreeBytes ?? minFreeDiskBytes();
  const every = options.quickCheckEveryMs ?? 60 * 60 * 1000;
  const file = sqlite.name;
  const onDisk = file !== ':memory:' && file !== '';
  const probe = path.join(path.dirname(file), `.${path.basename(file)}.write-probe`);
  let integrity: { at: number; problem?: string } | undefined;

  const quickCheck = (): string | undefined => {
    if (integrity && Date.now() - integrity.at < every) return integrity.problem;
    let problem: string | undefined;
    try {
      const rows = sqlite.pragma('quick_check(3)') as { quick_check: string }[];
      const found = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
      if (found.length) problem = `database ${file} failed quick_check (${found.join('; ')}); restore a backup (npm run restore)`;
    } catch (error) {
      problem = `database ${file} cannot be read (${(error as { code?: string }).code ?? (error as Error).message}); restore a backup (npm run restore)`;
    }
    integrity = { at: Date.now(), problem };
    return problem;
  };

  const storage = (): string | undefined => {
    if (!onDisk) return undefined;
    const dir = path.dirname(file);
    for (const target of [dir, file]) {
      try {
        accessSync(target, constants.W_OK);
      } catch (error) {
        return `${target} is not writable (${(error as NodeJS.ErrnoException).code}); writes would fail`;
      }
    }
    // access() misses a disk the kernel made read-only after an error (ext4's emergency_ro keeps the
    // mount flags "rw"), so a small write shows whether a write can land.
    try {
      writeFileSync(probe, `${Date.now()}\n`, { mode: 0o600 });
    } catch (error) {
      return `${dir} is not writable (${(error as NodeJS.ErrnoException).code}: a write failed); writes would fail`;
    }
    const fs = statfsSync(dir);
    const free = fs.bavail * fs.bsize;
    if (free < minFree) return `disk of ${dir} nearly full: ${Math.floor(free / 1048576)} MB free, MIN_FREE_DISK_MB is ${Math.floor(minFree / 1048576)}`;
    return undefined;
  };

  return {
    check(): Health {
      const damaged = quickCheck();
      if (damaged) return { ok: false, reason: damaged, problem: 'integrity' };
      const full = storage();
      return full ? { ok: false, reason: full, problem: 'storage' } : { ok: true };
    },
    /** A request hit a corruption error: check the whole file again on the next `check`. */
    suspectCorruption(): void {
      integrity = undefined;
    },
  };
}
export type DatabaseHealth = ReturnType<typeof createDatabaseHealth>;
