/** The stylesheet served as one file is every part in `public/css/`, in order. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStylesheet } from '../src/lib/stylesheet.ts';
import { PUBLIC_DIR } from '../src/server.tsx';

const dir = path.join(PUBLIC_DIR, 'css');

describe('the site stylesheet', () => {
  const sheet = loadStylesheet(dir);

  it('holds every part, in file-name order', () => {
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.css'))
      .sort();
    expect(names.length).toBeGreaterThan(1);
    let from = 0;
    for (const name of names) {
      const at = sheet.indexOf(readFileSync(path.join(dir, name), 'utf8'), from);
      expect(at, name).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(sheet).toContain('.skip-link');
    expect(sheet).toContain('.compare-bar');
  });
});
