/** Seeding a catalogue and starting servers can take seconds on a loaded 2-core CI machine: that is load, not a hang. */
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
