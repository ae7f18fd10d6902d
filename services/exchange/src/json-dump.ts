/**
 * The whole published catalogue as one JSON document, written as text chunks page by page, so the
 * dump never sits in memory whatever the catalogue's size.
 */
import { DATA_LICENSE, ENTITY_TYPES, type EntitySource } from './model.ts';

export const DUMP_SCHEMA_VERSION = 1;

export async function* jsonDumpChunks(source: EntitySource, options: { generatedAt: string; baseUrl: string }): AsyncGenerator<string> {
  const head = { schemaVersion: DUMP_SCHEMA_VERSION, generatedAt: options.generatedAt, source: options.baseUrl, license: DATA_LICENSE };
  yield JSON.stringify(head).slice(0, -1);
  for (const type of ENTITY_TYPES) {
    yield `,${JSON.stringify(type)}:[`;
    let first = true;
    for await (const page of source(type)) {
      if (page.length === 0) continue;
      yield (first ? '\n' : ',\n') + page.map((entity) => JSON.stringify(entity)).join(',\n');
      first = false;
    }
    yield ']';
  }
  yield '}\n';
}
