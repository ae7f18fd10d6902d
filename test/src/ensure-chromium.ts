/**
 * vitest globalSetup: the browser tests need Debian's chromium. When it is missing and this runs as
 * root with apt-get, it is installed (as .ci/run does); otherwise one clear line says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-path.ts';

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const todo = `the browser tests need Chromium at ${CHROMIUM_PATH}: run "apt-get install chromium" as root, or set CHROMIUM_PATH to a Chromium binary`;
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.warn(`\n${todo}\n`);
    return;
  }
  console.warn("\ninstalling Debian's chromium for the browser tests (apt-get) ...");
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.warn(`\ninstalling chromium failed; ${todo}\n`);
  }
}
