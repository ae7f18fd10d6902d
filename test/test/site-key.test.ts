import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_KEY_FILE } from '@edu-catalogus/kit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../src/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMIT: '3', RATE_LIMIT_PORTAL: '50' } });
});
afterAll(() => stack.stop());

describe('the site key shared through DATA_DIR', () => {
  it('gives the web front-end the portal budget, not one IP budget for all its visitors', async () => {
    const siteKey = readFileSync(path.join(stack.dataDir, SITE_KEY_FILE), 'utf8').trim();
    const statuses = async (headers: Record<string, string>) => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) out.push((await stack.query('{ tools(first: 1) { totalCount } }', {}, headers)).status);
      return out;
    };
    expect(await statuses({ 'x-api-key': siteKey })).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await statuses({})).toContain(429);
  });
});
