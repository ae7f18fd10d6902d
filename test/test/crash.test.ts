/**
 * Crash safety: 8 SIGKILLs at random moments during a stream of curation writes lose no acknowledged write. Each kill
 * restarts a writer process (seconds of CPU on a loaded machine); `npm run test:crash -- --kills 200` runs a longer drill.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashDrill } from '../src/crash-drill.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'edu-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('keeps every acknowledged write, contiguous revisions and a sound file through 8 kills', async () => {
    const result = await runCrashDrill({ dir, kills: 8 });
    expect(result.problems).toEqual([]);
    // Each run waits for at least one acknowledged write of its own entries before the kill.
    expect(result.acknowledged).toBeGreaterThanOrEqual(8);
  }, 600_000);
});
