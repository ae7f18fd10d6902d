/** The searchable text of each tool: its name, what it replaces, its categories, features, summary, description. */
import { and, eq, inArray } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import type * as schema from '../db/schema.ts';
import { alternatives, categories, productNames, products, toolFacets, tools, type Localized, type ToolRow } from '../db/schema.ts';
import type { SearchColumn } from './tables.ts';

/** The tools database or a transaction on it: indexing runs inside the writer's transaction. */
export type ToolsWriter = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

export type SearchDocument = Record<SearchColumn, string>;

const both = (text: Localized | null | undefined) => (text ? [text.nl, text.en ?? ''].join('\n') : '');

/** "draw.io" and "Rocket.Chat" are also typed as one word: add "drawio" and "rocketchat". */
function nameText(name: string): string {
  const joined = name
    .split(/\s+/)
    .filter((chunk) => /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(chunk))
    .map((chunk) => chunk.replace(/[^\p{L}\p{N}]/gu, ''));
  return [name, ...joined].join(' ');
}

function group<T>(rows: { key: string; value: T }[]): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const { key, value } of rows) byKey.set(key, [...(byKey.get(key) ?? []), value]);
  return byKey;
}

/** The tool rows and documents of `toolIds` (unknown ids are left out), in three queries. */
export function loadDocuments(db: ToolsWriter, toolIds: readonly string[]): { row: ToolRow; document: SearchDocument }[] {
  if (toolIds.length === 0) return [];
  const rows = db
    .select()
    .from(tools)
    .where(inArray(tools.id, [...toolIds]))
    .all();
  const categoryNames = group(
    db
      .select({ key: toolFacets.toolId, nl: categories.nameNl, en: categories.nameEn })
      .from(toolFacets)
      .innerJoin(categories, eq(categories.id, toolFacets.value))
      .where(and(eq(toolFacets.dimension, 'category'), inArray(toolFacets.toolId, [...toolIds])))
      .all()
      .map(({ key, nl, en }) => ({ key, value: `${nl}\n${en}` })),
  );
  const productTexts = group(
    db
      .select({ key: alternatives.toolId, name: productNames.name, vendor: products.vendor })
      .from(alternatives)
      .innerJoin(products, eq(products.id, alternatives.productId))
      .innerJoin(productNames, eq(productNames.productId, alternatives.productId))
      .where(and(inArray(alternatives.toolId, [...toolIds]), eq(products.status, 'PUBLISHED')))
      .all()
      .map(({ key, name, vendor }) => ({ key, value: `${name}\n${vendor}` })),
  );
  return rows.map((row) => ({
    row,
    document: {
      name: nameText(row.name),
      products: [...new Set(productTexts.get(row.id) ?? [])].join('\n'),
      categories: (categoryNames.get(row.id) ?? []).join('\n'),
      features: row.features ? [...row.features.nl, ...(row.features.en ?? [])].join('\n') : '',
      summary: both(row.summary),
      description: both(row.description),
    },
  }));
}
