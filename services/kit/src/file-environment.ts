/**
 * vitest setupFile of every workspace (`setupFiles: ['@edu-catalogus/kit/file-environment']`), run before each
 * test file: files share a worker process (`isolate: false`, so modules load once per worker instead of once
 * per file), and a file that sets `process.env` for its servers (webhooks, readiness) must not change the next
 * file's. The environment is put back as it was when the file started.
 */
import { afterAll } from 'vitest';

const before = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
  Object.assign(process.env, before);
});
