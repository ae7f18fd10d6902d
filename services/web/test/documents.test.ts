/** The site's GraphQL documents against the committed supergraph, and their place in the gateway's trusted store. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSupergraph } from '@edu-catalogus/schema';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, isEnumType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documents, loadAllDocuments } from '../src/gateway/documents.ts';
import { TRUSTED_DOCUMENTS_DIR } from '../src/gateway/persist.ts';
import { ENUM_LABELS } from '../src/i18n/i18n.ts';
import { nl } from '../src/i18n/nl.ts';

const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(readSupergraph())));
const errorsOf = (text: string) => validate(schema, parse(text)).map((e) => e.message);

describe('registered documents', () => {
  it('are valid against the supergraph', () => {
    for (const document of loadAllDocuments())
      expect({ document: document.name, errors: errorsOf(document.text) }).toEqual({ document: document.name, errors: [] });
  });

  it('carry every fragment they spread, once', () => {
    const text = documents.searchTools.text;
    expect(text.match(/fragment ToolCard on Tool/g)).toHaveLength(1);
    expect(text.match(/fragment SearchVocabulary on Query/g)).toHaveLength(1);
    expect(documents.home.text).not.toMatch(/fragment/);
  });

  it('are all in the gateway trusted-document store under their sha256 (run `npm run persist` after a change)', () => {
    for (const document of loadAllDocuments()) {
      const file = path.join(TRUSTED_DOCUMENTS_DIR, `${document.id}.graphql`);
      expect(existsSync(file), `${document.name}.graphql is not registered`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(document.text);
    }
  });
});

describe('labels', () => {
  it('exist for every value of every enum the pages show', () => {
    for (const [type, labels] of Object.entries(ENUM_LABELS)) {
      const enumType = schema.getType(type);
      if (!isEnumType(enumType)) throw new Error(`${type} is not an enum in the supergraph`);
      expect({
        type,
        missing: enumType
          .getValues()
          .map((v) => v.name)
          .filter((v) => !(v in nl.enums[labels])),
      }).toEqual({ type, missing: [] });
    }
  });
});
