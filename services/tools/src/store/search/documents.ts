/**
 * The searchable text of each tool: its name, what it replaces, its categories, features, summary,
 * description. Read with plain SQL: the search knows the columns it indexes, not the stores above it.
 */
import { sql } from 'drizzle-orm';
import type { SearchColumn, SearchDb } from './tables.ts';

export type SearchDocument = Record<SearchColumn, string>;

type Text = { nl: string; en?: string | undefined };
const both = (text: Text | null) => (text ? [text.nl, text.en ?? ''].join('\n') : '');
const json = <T>(column: string | null): T | null => (column === null ? null : (JSON.parse(column) as T));

/** "draw.io" and "Rocket.Chat" are also typed as one word: add "drawio" and "rocketchat". */
export function nameText(name: string): string {
  const joined = name
    .split(/\s+/)
    .filter((chunk) => /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(chunk))
    .map((chunk) => chunk.replace(/[^\p{L}\p{N}]/gu, ''));
  return [name, ...joined].join(' ');
}

function group(rows: { key: string; value: string }[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { key, value } of rows) byKey.set(key, [...(byKey.get(key) ?? []), value]);
  return byKey;
}

interface ToolText {
  id: string;
  name: string;
  status: string;
  features: string | null;
  summary: string;
  description: string | null;
}

/** The status and document of each of `toolIds` (unknown ids are left out), in three queries. */
export function loadDocuments(db: SearchDb, toolIds: readonly string[]): { toolId: string; status: string; document: SearchDocument }[] {
  if (toolIds.length === 0) return [];
  const ids = [...toolIds];
  const rows = db.all<ToolText>(sql`SELECT id, name, status, features, summary, description FROM tools WHERE id IN ${ids}`);
  const categoryNames = group(
    db
      .all<{ key: string; nl: string; en: string }>(
        sql`SELECT f.tool_id AS key, c.name_nl AS nl, c.name_en AS en FROM tool_facets f JOIN categories c ON c.id = f.value
            WHERE f.dimension = 'category' AND f.tool_id IN ${ids}`,
      )
      .map(({ key, nl, en }) => ({ key, value: `${nl}\n${en}` })),
  );
  const productTexts = group(
    db
      .all<{ key: string; name: string; vendor: string }>(
        sql`SELECT a.tool_id AS key, n.name, p.vendor FROM alternatives a JOIN products p ON p.id = a.product_id
            JOIN product_names n ON n.product_id = a.product_id WHERE a.tool_id IN ${ids} AND p.status = 'PUBLISHED'`,
      )
      .map(({ key, name, vendor }) => ({ key, value: `${name}\n${vendor}` })),
  );
  return rows.map((row) => {
    const features = json<{ nl: string[]; en?: string[] | undefined }>(row.features);
    return {
      toolId: row.id,
      status: row.status,
      document: {
        name: nameText(row.name),
        products: [...new Set(productTexts.get(row.id) ?? [])].join('\n'),
        categories: (categoryNames.get(row.id) ?? []).join('\n'),
        features: features ? [...features.nl, ...(features.en ?? [])].join('\n') : '',
        summary: both(json<Text>(row.summary)),
        description: both(json<Text>(row.description)),
      },
    };
  });
}
