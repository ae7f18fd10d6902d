/**
 * vitest setupFile, run before every test file: the whole-stack files share one worker process
 * (`isolate: false` in vitest.config.ts, so the stack's modules load once per run instead of once per
 * file), and a file that sets `process.env` for its stack (webhooks, readiness) must not change the next
 * file's stacks. The environment is put back as it was when the file started.
 */
import { afterAll } from 'vitest';

const before = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
  Object.assign(process.env, before);
});
