/** Debian's `postgresql` binaries (newest major version installed), the fallback when npm shipped none. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  source: string;
}

export function debianBinaries(root = '/usr/lib/postgresql'): PostgresBinaries | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  if (newest === undefined) return null;
  const bin = join(root, newest, 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres'), source: 'debian' };
}
