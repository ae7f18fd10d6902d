/**
 * Seeding a catalogue and starting servers can take seconds on a loaded 2-core CI machine: that is load, not a hang.
 * isolate: false: a worker keeps the modules it loaded from one file to the next (test files keep no module state
 * of their own); a fresh module graph per file made imports about a third of the run (tools: 50 of 152 s).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000, isolate: false, setupFiles: ['@edu-catalogus/kit/file-environment'] } });
