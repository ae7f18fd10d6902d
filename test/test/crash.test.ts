/** Crash safety: 20 SIGKILLs at random moments during a stream of curation writes lose no acknowledged write. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashDrill } from '../src/crash-drill.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'edu-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('keeps every acknowledged write, contiguous revisions and a sound file through 20 kills', async () => {
    const result = await runCrashDrill({ dir, kills: 20 });
    expect(result.problems).toEqual([]);
    expect(result.acknowledged).toBeGreaterThanOrEqual(20);
  }, 600_000);
});
