/**
 * The site's one stylesheet, `/assets/site.css`, put together from the parts in `public/css/` (one file
 * per part of the site, in file-name order) when the site starts. One request for the browser, small files
 * for whoever edits them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const HEADER = '/* edu-catalogus: plain CSS, system fonts, contrast at least 4.5:1 (WCAG 2.1 AA), visible focus. */\n';

/** Reads every `*.css` in `dir` in name order and joins them. */
export function loadStylesheet(dir: string): string {
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  return HEADER + parts.join('\n');
}
