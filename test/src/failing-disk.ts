/**
 * A disk that turns read-only under a running process, as a real one does after an I/O error: an ext4
 * image on a loop device mounted `errors=remount-ro`, and ext4's own test hook (`trigger_fs_error` in
 * sysfs) to raise the error. Needs root and loop devices; `failingDiskUnavailable` says why not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }).trim();

/** Why this machine cannot make such a disk, or undefined when it can. */
export function failingDiskUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not running as root (mount needs it)';
  if (!existsSync('/dev/loop-control')) return 'no loop devices';
  try {
    run('mkfs.ext4', ['-V']);
  } catch {
    return 'mkfs.ext4 missing (apt-get install e2fsprogs)';
  }
  return undefined;
}

export interface FailingDisk {
  /** A folder on the disk. */
  dir: string;
  /** Raises an ext4 error: the kernel remounts the disk read-only, open files and all. */
  fail: () => void;
  unmount: () => void;
}

export function mountFailingDisk(root: string, megabytes = 64): FailingDisk {
  const image = path.join(root, 'disk.img');
  const mountPoint = path.join(root, 'mnt');
  mkdirSync(mountPoint, { recursive: true });
  writeFileSync(image, '');
  run('truncate', ['-s', `${megabytes}M`, image]);
  run('mkfs.ext4', ['-q', image]);
  run('mount', ['-o', 'loop,errors=remount-ro', image, mountPoint]);
  const device = path.basename(run('findmnt', ['-n', '-o', 'SOURCE', mountPoint]));
  if (!/^loop\d+$/.test(device)) throw new Error(`${mountPoint} is mounted from ${device}, not a loop device`);
  return {
    dir: mountPoint,
    fail: () => writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, 'edu-catalogus read-only drill'),
    unmount: () => {
      run('umount', ['-l', mountPoint]);
      rmSync(image, { force: true });
    },
  };
}
