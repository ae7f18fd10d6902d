/**
 * Headless Debian Chromium driven by playwright-core, and what every browser test checks on a page:
 * axe-core's WCAG 2.1 A/AA rules and a screenshot under test/artifacts/ (SCREENSHOTS=1).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RunningWeb } from '@edu-catalogus/web';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type Stack } from './stack.ts';
import { startWebOver } from './web.ts';
import { CHROMIUM_PATH } from './chromium-path.ts';

export const CHROMIUM = CHROMIUM_PATH;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');

/** One browser per test file; playwright gives each launch a fresh temporary user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it is now.
 * axe is evaluated through the DevTools protocol, which the site's CSP does not restrict.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: { target: string[] }) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * A full-page screenshot under test/artifacts/ for people to look at, when SCREENSHOTS=1: nothing asserts on
 * them, and the browser files' ~50 full-page PNGs took ~20 s of the run's CPU.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface BrowserStack {
  stack: Stack;
  web: RunningWeb;
  browser: Browser;
  stop: () => Promise<void>;
}

/** The whole stack, the web front-end over it and one Chromium, started together for a browser test file. */
export async function startBrowserStack(): Promise<BrowserStack> {
  const [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const web = await startWebOver(stack);
  return {
    stack,
    web,
    browser,
    stop: async () => {
      await browser.close();
      await web.close();
      await stack.stop();
    },
  };
}
