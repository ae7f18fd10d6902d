/** The licence policy of the project's dependencies: open source (OSI) or open data licences only. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseLicense, isOsiApproved } from '@edu-catalogus/seeds';

/** Open data licences allowed for data packages (licence lists, word lists) beside OSI licences. */
export const OPEN_DATA_LICENSES = new Set(['CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0']);

export const LOCKFILE = path.resolve(import.meta.dirname, '../../package-lock.json');

export interface InstalledPackage {
  name: string;
  version: string;
  license: string | undefined;
}

/** Every package `npm ci` installs from the lockfile (workspace links excluded). */
export function installedPackages(lockfile = LOCKFILE): InstalledPackage[] {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as {
    packages: Record<string, { version?: string; license?: unknown; link?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location.includes('node_modules/') && !entry.link)
    .map(([location, entry]) => ({
      name: location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: entry.version ?? '?',
      license: typeof entry.license === 'string' ? entry.license : undefined,
    }));
}

const open = (id: string) => OPEN_DATA_LICENSES.has(id) || isOsiApproved(id);

/** Why a licence is refused, or null when it is open (every AND part, or one OR branch). */
export function refusal(license: string | undefined): string | null {
  if (!license) return 'declares no licence';
  try {
    return analyseLicense(license, open).osiApproved ? null : `is not open source (${license})`;
  } catch {
    return `has a licence that is not an SPDX expression (${license})`;
  }
}
