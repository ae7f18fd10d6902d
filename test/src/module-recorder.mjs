/**
 * Preload (`node --import`) that records every module a process loads: ESM resolutions through a loader hook,
 * and CommonJS files from require's cache. On exit it writes them as JSON to LOADED_MODULES_FILE, so a test can
 * check that a light process (gateway, web) never reached a heavy package (light-processes.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const file = process.env.LOADED_MODULES_FILE;
const urls = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => urls.add(url));
port1.unref();
register('./module-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

process.on('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache);
  if (file) writeFileSync(file, JSON.stringify([...urls, ...required]));
});
