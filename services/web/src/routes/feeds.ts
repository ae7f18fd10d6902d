/**
 * Feeds for people: Atom (RFC 4287, written by the `feed` package) of new and changed entries — all,
 * per type (`?type=tools`), and per product ("new alternatives for Teams"). Each change is its own
 * entry (its id carries the version), newest first; read through the public API's `changedSince`.
 */
import type { Context } from 'hono';
import { Feed } from 'feed';
import type { AppEnv } from '../env.ts';
import { documents } from '../gateway/documents.ts';
import { FEED_PATH, paths, productFeedPath } from '../lib/paths.ts';
import { notFoundPage } from './errors.tsx';

type Localized = { nl: string; en?: string | null };
type Changed = { id: string; name: string; summary: Localized; version: number; updatedAt: string };

/** How far back the site feed reaches. */
const WINDOW_DAYS = 90;
const KINDS = { tools: paths.tool, facilities: paths.facility, standards: paths.standard } as const;
type Kind = keyof typeof KINDS;
const LABELS: Record<'nl' | 'en', Record<Kind, string>> = {
  nl: { tools: 'Tool', facilities: 'Voorziening', standards: 'Standaard' },
  en: { tools: 'Tool', facilities: 'Facility', standards: 'Standard' },
};

function atom(c: Context<AppEnv>, title: string, selfPath: string, items: { kind: Kind; entry: Changed; title: string }[]) {
  const { ui } = c.var;
  const newest = items
    .map((i) => i.entry.updatedAt)
    .sort()
    .at(-1);
  const feed = new Feed({
    id: ui.absolute(selfPath),
    title,
    link: ui.absolute('/'),
    language: ui.lang,
    updated: newest ? new Date(newest) : new Date(0),
    generator: false,
    feedLinks: { atom: ui.absolute(selfPath) },
    author: { name: ui.t.site.name },
    copyright: 'CC0-1.0',
  });
  for (const { kind, entry, title: itemTitle } of items) {
    const link = ui.absolute(KINDS[kind](entry.id));
    feed.addItem({ id: `${link}#v${entry.version}`, title: itemTitle, link, date: new Date(entry.updatedAt), description: ui.text(entry.summary) });
  }
  return c.body(feed.atom1(), 200, { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' });
}

const newestFirst = (a: { entry: Changed }, b: { entry: Changed }) =>
  a.entry.updatedAt < b.entry.updatedAt ? 1 : a.entry.updatedAt > b.entry.updatedAt ? -1 : 0;

/** `/feed.atom[?type=tools|facilities|standards]`: entries published or changed in the last 90 days. */
export async function changesFeed(c: Context<AppEnv>) {
  const { ui, gateway } = c.var;
  const type = c.req.query('type');
  if (type !== undefined && !(type in KINDS)) return notFoundPage(c);
  const since = new Date(Date.now() - WINDOW_DAYS * 86_400_000).toISOString();
  const data = await gateway.read(documents.recentChanges, { since });
  const kinds = (type ? [type] : Object.keys(KINDS)) as Kind[];
  const items = kinds
    .flatMap((kind) => data[kind].edges.map(({ node }) => ({ kind, entry: node, title: `${LABELS[ui.lang][kind]}: ${node.name}` })))
    .sort(newestFirst);
  return atom(c, type ? `${ui.t.site.name} · ${LABELS[ui.lang][type as Kind]}` : ui.t.site.name, type ? `${FEED_PATH}?type=${type}` : FEED_PATH, items);
}

/** `/alternatieven/<product>/feed.atom`: the product's alternatives, newest change first. */
export async function productFeed(c: Context<AppEnv>) {
  const { ui, gateway } = c.var;
  const data = await gateway.read(documents.productFeed, {
    id: c.req.param('id') ?? '',
  });
  if (!data.product) return notFoundPage(c);
  const items = data.product.alternatives.map(({ tool }) => ({ kind: 'tools' as const, entry: tool, title: tool.name })).sort(newestFirst);
  return atom(c, ui.t.product.title(data.product.name), productFeedPath(data.product.id), items);
}
