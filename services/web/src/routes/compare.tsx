/** GET /vergelijken?tools=a&tools=b: two to four tools side by side. */
import { SLUG } from '@edu-catalogus/seeds';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { documents } from '../gateway/documents.ts';
import type { ToolCompare } from '../gateway/types.ts';
import { ComparePage } from '../views/pages/compare.tsx';

const MAX = 4;
const SLOTS = ['a', 'b', 'c', 'd'] as const;

export async function compare(c: Context<AppEnv>) {
  const { ui, gateway } = c.var;
  const asked = [...new Set(c.req.queries('tools') ?? [])].filter((id) => SLUG.test(id));
  const ids = asked.slice(0, MAX);
  let tools: ToolCompare[] = [];
  let missing: string[] = [];
  if (ids.length >= 2) {
    const [a = '', b = '', third = '', fourth = ''] = ids;
    const data = await gateway.read(documents.compareTools, { a, b, c: third, d: fourth, withC: ids.length > 2, withD: ids.length > 3 });
    const found = ids.map((id, i) => ({ id, tool: data[SLOTS[i]!] ?? null }));
    tools = found.flatMap((f) => (f.tool ? [f.tool] : []));
    missing = found.filter((f) => !f.tool).map((f) => f.id);
  }
  const title = tools.length >= 2 ? ui.t.compare.titleFor(tools.map((t) => t.name)) : ui.t.compare.title;
  return c.render(<ComparePage tools={tools} notice={{ tooMany: asked.length > MAX, missing }} />, { title });
}
