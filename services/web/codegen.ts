/**
 * Types of the data the site's registered documents select, generated from the documents and the
 * public schema of the committed supergraph (`npm run codegen`; test/codegen.test.ts checks they are current).
 */
import { readSupergraph } from '@edu-catalogus/schema';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse, printSchema } from 'graphql';

/** What clients of the gateway see: the supergraph without its join directives and @inaccessible fields. */
const publicSchema = printSchema(buildASTSchema(transformSupergraphToPublicSchema(parse(readSupergraph()))));

const config: CodegenConfig = {
  cwd: import.meta.dirname,
  schema: publicSchema,
  documents: ['src/gateway/documents/**/*.graphql'],
  silent: true,
  generates: {
    'src/gateway/operations.generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        skipTypename: true,
        useTypeImports: true,
        // As JSON carries them: DateTime is an RFC 3339 string.
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
