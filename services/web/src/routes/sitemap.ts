/** GET /sitemap.xml: every public page in both languages, so search engines find each entry's stable URL. */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { documents } from '../gateway/documents.ts';
import { createUi } from '../i18n/i18n.ts';
import { paths } from '../lib/paths.ts';

interface Ids {
  edges: { node: { id: string } }[];
}
interface SitemapData {
  tools: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; updatedAt: string } }[] };
  products?: Ids;
  facilities?: Ids;
  standards?: Ids;
  organisations?: { id: string }[];
}

const MAX_TOOL_PAGES = 100;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function sitemap(c: Context<AppEnv>) {
  const pages: { path: string; updated?: string }[] = [
    paths.home,
    paths.search,
    paths.products,
    paths.facilities,
    paths.standards,
    paths.organisations,
    paths.about,
  ].map((path) => ({ path }));
  let after: string | null = null;
  for (let page = 0; page < MAX_TOOL_PAGES; page++) {
    const data: SitemapData = await c.var.gateway.read(documents.sitemap, { after, withRest: page === 0 });
    pages.push(...data.tools.edges.map(({ node }) => ({ path: paths.tool(node.id), updated: node.updatedAt })));
    if (page === 0) {
      const ids = (list: Ids | undefined) => list?.edges.map((e) => e.node.id) ?? [];
      pages.push(...ids(data.products).map((id) => ({ path: paths.product(id) })));
      pages.push(...ids(data.facilities).map((id) => ({ path: paths.facility(id) })));
      pages.push(...ids(data.standards).map((id) => ({ path: paths.standard(id) })));
      pages.push(...(data.organisations ?? []).map(({ id }) => ({ path: paths.organisation(id) })));
    }
    if (!data.tools.pageInfo.hasNextPage || !data.tools.pageInfo.endCursor) break;
    after = data.tools.pageInfo.endCursor;
  }
  const url = new URL(c.req.url);
  const langs = [createUi('nl', url), createUi('en', url)];
  const entries = pages.flatMap(({ path, updated }) =>
    langs.map((ui) => `<url><loc>${escapeXml(ui.absolute(path))}</loc>${updated ? `<lastmod>${escapeXml(updated.slice(0, 10))}</lastmod>` : ''}</url>`),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' });
}
