/** GET / and GET /zoeken. */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { documents } from '../gateway/documents.ts';
import type { ToolSearch } from '../gateway/search.ts';
import { paths } from '../lib/paths.ts';
import { parseSearch, productPhrase } from '../lib/search-params.ts';
import { HomePage, type HomeData } from '../views/pages/home.tsx';
import { SearchPage } from '../views/pages/search.tsx';

export async function home(c: Context<AppEnv>) {
  const data = await c.var.gateway.read(documents.home);
  return c.render(<HomePage data={data} />, { title: c.var.ui.t.home.title });
}

export function search(searchTools: ToolSearch) {
  return async (c: Context<AppEnv>) => {
    const { ui, gateway } = c.var;
    const state = parseSearch(new URL(c.req.url).searchParams);
    // "alternatief voor Teams" asks for a product page, not for tools that mention Teams.
    const phrase = productPhrase(state.q);
    if (phrase && Object.keys(state.filter).length === 0) {
      const found = await gateway.read(documents.productLookup, { text: phrase });
      if (found.alternatives.product) return c.redirect(ui.href(paths.product(found.alternatives.product.id)), 303);
    }
    const data = await searchTools(state);
    const title = state.q ? ui.t.search.titleFor(state.q) : ui.t.search.title;
    return c.render(<SearchPage state={state} data={data} />, { title, scripts: ['search.js'] });
  };
}
