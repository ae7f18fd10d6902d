/**
 * Every public surface of the catalogue, read anonymously, as text: public GraphQL answers that reach a
 * tool's usage, the web pages, the widget as a portal's browser renders it, and every export file the
 * Open data page links. Privacy tests search these for what must never be public (a school that did not
 * opt in to be named).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningWeb } from '@edu-catalogus/web';
import type { Browser } from 'playwright-core';
import type { GraphQLResponse, Stack } from './stack.ts';

const USAGE_FIELDS = 'usage { schools namedSchools { name municipality sectors contactable since } notes { text school { name municipality } } }';

/** The public GraphQL answers that can carry a school: a tool's usage reached by id, by search, through offerings and advice. */
export function publicQueries(tool: string): Record<string, string> {
  return {
    tool: `{ tool(id: "${tool}") { id ${USAGE_FIELDS} offerings { id provider { id } } } }`,
    search: `{ tools(search: "${tool}", first: 20) { edges { node { id ${USAGE_FIELDS} } } } }`,
    changes: '{ changes(first: 100) { events { type subject data { id type version fields } } } }',
  };
}

/** Every tool's usage reached through the offerings and advice lists, page by page (small pages: the cost limit). */
const LISTS: Record<string, string> = {
  offerings: `offerings(first: 10, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id tool { id ${USAGE_FIELDS} } } } }`,
  adviceList: `adviceList(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id recommended { id ${USAGE_FIELDS} } alsoConsider { id ${USAGE_FIELDS} } } } }`,
};

async function listPages(stack: Stack, field: string): Promise<string[]> {
  const texts: string[] = [];
  for (let after: string | null = null, more = true; more; ) {
    type Page = Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;
    const { body }: GraphQLResponse<Page> = await stack.query<Page>(`query($after: String) { ${LISTS[field]} }`, { after });
    if (body.errors) throw new Error(`${field}: ${JSON.stringify(body.errors)}`);
    texts.push(JSON.stringify(body));
    ({ hasNextPage: more, endCursor: after } = body.data![field]!.pageInfo);
  }
  return texts;
}

/** `[surface, text]` for every public surface about `tool` (which replaces `product`). */
export async function publicSurfaces(stack: Stack, web: RunningWeb, browser: Browser, tool: string, product: string): Promise<[string, string][]> {
  const surfaces: [string, string][] = [];
  for (const [name, query] of Object.entries(publicQueries(tool))) {
    const { body } = await stack.query(query);
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    surfaces.push([`graphql ${name}`, JSON.stringify(body)]);
  }
  for (const field of Object.keys(LISTS)) surfaces.push([`graphql ${field}`, (await listPages(stack, field)).join('\n')]);
  const openData = await (await fetch(`${web.url}/open-data`)).text();
  const exports = [...openData.matchAll(/href="(\/(?:export|dcat|adms)[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const pages = [
    `/tools/${tool}`,
    `/en/tools/${tool}`,
    `/alternatieven/${product}`,
    `/zoeken?q=${tool}`,
    '/zoeken?direct=1&order=USAGE',
    '/',
    '/feed.atom',
    '/sitemap.xml',
    `/tools/${tool}/publiccode.yml`,
    '/widget-config.js',
    ...new Set(exports),
  ];
  // One after another: the exports read the whole catalogue through the gateway.
  for (const page of pages) {
    const response = await fetch(`${web.url}${page}`, { redirect: 'manual' });
    if (response.status !== 200) throw new Error(`${page}: ${response.status}`);
    surfaces.push([page, await response.text()]);
  }
  if (exports.filter((e) => e.endsWith('.csv')).length < 8) throw new Error(`the Open data page links only ${exports.join(', ')}`);
  surfaces.push(['widget', await widgetText(browser, web, product)]);
  return surfaces;
}

/** What the widget shows on a portal's page for `product`: its heading and every alternative's text. */
async function widgetText(browser: Browser, web: RunningWeb, product: string): Promise<string> {
  const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Portaal</title>
<script type="module" src="${web.url}/widget.js"></script></head>
<body><edu-alternatives to="${product}" lang="nl"></edu-alternatives></body></html>`;
  // Another origin, as a portal is.
  const portal = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  const page = await (await browser.newContext()).newPage();
  try {
    await page.goto(`http://127.0.0.1:${(portal.address() as AddressInfo).port}/`);
    const items = page.locator('edu-alternatives li');
    await items.first().waitFor();
    const texts = [await page.locator('edu-alternatives h2').textContent(), ...(await items.allTextContents())];
    if (texts.length < 2) throw new Error('the widget showed no alternatives');
    return texts.join('\n');
  } finally {
    await page.context().close();
    await new Promise<void>((resolve) => portal.close(() => resolve()));
  }
}
