/**
 * The registry of every GraphQL document this site sends, one `.graphql` file each, so the gateway can
 * persist and trust exactly these (no arbitrary queries from the widget) and tests can validate them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit } from 'graphql';

export interface RegisteredDocument {
  /** File name without `.graphql`. */
  name: string;
  operationName: string;
  /** The operation followed by every fragment it uses, as sent. */
  text: string;
  /** sha256 of `text`: the id a persisted-documents store knows it by. */
  id: string;
  /** Whether the gateway's trusted store holds it; curator operations built at run time are sent as text. */
  persisted: boolean;
}

const DOCUMENTS_DIR = path.join(import.meta.dirname, 'documents');
const FRAGMENTS_DIR = path.join(DOCUMENTS_DIR, 'fragments');
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8').trim();

const fragments = new Map(
  readdirSync(FRAGMENTS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => {
      const text = read(FRAGMENTS_DIR, file);
      const definition = parse(text).definitions[0];
      if (definition?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error(`${file} must hold one fragment`);
      return [definition.name.value, text] as const;
    }),
);

/** The names of the fragments `text` spreads, followed transitively. */
function fragmentsUsedBy(text: string, found = new Set<string>()): Set<string> {
  visit(parse(text), {
    FragmentSpread(node) {
      const name = node.name.value;
      if (found.has(name)) return;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`unknown fragment ${name}`);
      found.add(name);
      fragmentsUsedBy(fragment, found);
    },
  });
  return found;
}

export function loadDocument(name: string): RegisteredDocument {
  const operation = read(DOCUMENTS_DIR, `${name}.graphql`);
  const definition = parse(operation).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition?.name) throw new Error(`${name}.graphql must hold one named operation`);
  const text = [operation, ...[...fragmentsUsedBy(operation)].sort().map((f) => fragments.get(f))].join('\n\n') + '\n';
  return { name, operationName: definition.name.value, text, id: sha256(text), persisted: true };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A document built at run time (the curator forms follow the schema). Only signed-in requests send
 * these, and the gateway accepts their own queries from signed-in curators.
 */
export function runtimeDocument(operationName: string, text: string): RegisteredDocument {
  return { name: operationName, operationName, text, id: sha256(text), persisted: false };
}

/** Every document in the registry, by file name. */
export function loadAllDocuments(): RegisteredDocument[] {
  return readdirSync(DOCUMENTS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => loadDocument(file.replace(/\.graphql$/, '')));
}

export const documents = {
  home: loadDocument('home'),
  searchTools: loadDocument('search-tools'),
  tool: loadDocument('tool'),
  compareTools: loadDocument('compare-tools'),
  product: loadDocument('product'),
  productLookup: loadDocument('product-lookup'),
  productAdvice: loadDocument('product-advice'),
  products: loadDocument('products'),
  facility: loadDocument('facility'),
  facilities: loadDocument('facilities'),
  standard: loadDocument('standard'),
  standards: loadDocument('standards'),
  organisation: loadDocument('organisation'),
  organisations: loadDocument('organisations'),
  widgetAlternatives: loadDocument('widget-alternatives'),
  recentChanges: loadDocument('recent-changes'),
  productFeed: loadDocument('product-feed'),
  sitemap: loadDocument('sitemap'),
  curatorSchema: loadDocument('curator-schema'),
  curatorVocabulary: loadDocument('curator-vocabulary'),
  exportTools: loadDocument('export-tools'),
  exportTool: loadDocument('export-tool'),
  exportProducts: loadDocument('export-products'),
  exportFacilities: loadDocument('export-facilities'),
  exportStandards: loadDocument('export-standards'),
  exportOrganisations: loadDocument('export-organisations'),
  exportFingerprint: loadDocument('export-fingerprint'),
};
