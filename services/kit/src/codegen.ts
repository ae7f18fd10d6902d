/**
 * The GraphQL Code Generator settings every subgraph shares, so a subgraph's `codegen.ts` names only
 * what is its own (SDL files, context, row types) and its resolvers are checked against its schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse } from 'graphql';

export interface ResolverTypesOptions {
  /** The workspace folder (`import.meta.dirname` of its codegen.ts): paths below are relative to it. */
  cwd: string;
  /** The SDL files of the subgraph, in order (kit's shared SDL joins as one more entry). */
  schema: string[];
  /** The generated file: `src/resolvers/types.generated.ts`. */
  output: string;
  /** `<path>#Context`, the path relative to the generated file. */
  contextType: string;
  /** GraphQL type -> `<path>#<Row>` (relative to the generated file) or an inline TypeScript type. */
  mappers: Record<string, string>;
}

/** Entities of other subgraphs arrive as references and are returned as stubs: only their id is known here. */
export const ENTITY_STUB = '{ __typename?: string; id: string }';

/** What an `<Type>Entry` of the curation workflow resolves from. */
export const ENTRY_ROW = '@edu-catalogus/kit/curation#EntryRow';

/** The shared value types whose resolvers kit provides, mapped to what those resolvers read. */
const SHARED_MAPPERS = {
  Revision: '@edu-catalogus/kit/curation#RevisionRow',
  ProblemReport: '@edu-catalogus/kit/curation#ProblemReportRow',
  Editor: '{ sub: string; name: string | null; organisation: string | null }',
  Uncertainty: '@edu-catalogus/kit/data#StoredUncertainty',
};

/** The enum names the SDL files declare. */
const enumsOf = (cwd: string, files: string[]) =>
  files.flatMap((file) =>
    parse(readFileSync(path.resolve(cwd, file), 'utf8'))
      .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((d) => d.name.value),
  );

export function resolverTypesConfig(options: ResolverTypesOptions): CodegenConfig {
  // Enum values are stored in text columns (the content schemas check them on every write), so a
  // resolver may return the column's string; arguments still arrive typed as the enum's values.
  // Every subgraph's SDL is its own file plus kit's shared value types (define.ts adds them the same way).
  const schema = [...options.schema, path.join(import.meta.dirname, 'sdl/shared.graphql')];
  const storedEnums = Object.fromEntries(enumsOf(options.cwd, schema).map((name) => [name, 'string']));
  return {
    cwd: options.cwd,
    schema,
    silent: true,
    generates: {
      [options.output]: {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: options.contextType,
          mappers: { ...storedEnums, ...SHARED_MAPPERS, ...options.mappers },
          useTypeImports: true,
          enumsAsTypes: true,
          // DateTime arrives parsed by kit's scalar; JSON is whatever the column held.
          scalars: { DateTime: 'Date', JSON: 'unknown', ID: 'string' },
        },
      },
    },
  };
}

/** Generates the files of `config` and writes them (what `graphql-codegen` does; `npm run new-subgraph` uses it). */
export async function writeGeneratedFiles(config: CodegenConfig): Promise<string[]> {
  const { generate } = await import('@graphql-codegen/cli');
  const cwd = config.cwd ?? process.cwd();
  const files: { filename: string; content: string }[] = await generate(config, false);
  for (const f of files) writeFileSync(path.resolve(cwd, f.filename), f.content);
  return files.map((f) => f.filename);
}

/** The generated files whose committed text differs from what `config` generates now (for the drift tests). */
export async function staleGeneratedFiles(config: CodegenConfig): Promise<string[]> {
  const { generate } = await import('@graphql-codegen/cli');
  const cwd = config.cwd ?? process.cwd();
  const files: { filename: string; content: string }[] = await generate(config, false);
  const committed = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  return files.filter((f) => committed(path.resolve(cwd, f.filename)) !== f.content).map((f) => f.filename);
}
