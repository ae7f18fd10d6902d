/**
 * No source file over 250 lines (issue 12): a file that long has grown a second job. Generated files and SDL are
 * exempt.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 250;
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|css)$/;
const EXEMPT = [/\.generated\.ts$/, /\.d\.ts$/, /(^|\/)drizzle\//];

/** Tracked and new (not ignored) files, as git sees them. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  return out.split('\0').filter(Boolean);
}

const lineCount = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8').split('\n').length - 1;

describe('source files', () => {
  const sources = repositoryFiles().filter((file) => SOURCE.test(file) && !EXEMPT.some((re) => re.test(file)));
  const offenders = sources.filter((file) => lineCount(file) > MAX_LINES).map((file) => `${file} (${lineCount(file)} lines)`);

  it('finds the sources it checks', () => {
    expect(sources).toContain('services/kit/src/entries/runtime.ts');
    expect(sources).toContain('services/web/src/i18n/nl/curator.ts');
  });

  it(`are at most ${MAX_LINES} lines long`, () => {
    expect(offenders).toEqual([]);
  });
});
