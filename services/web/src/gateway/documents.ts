/**
 * The registry of every GraphQL document this site sends, one `.graphql` file each, so the gateway can
 * persist and trust exactly these (no arbitrary queries from the widget) and tests can validate them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit } from 'graphql';
import type * as Op from './operations.generated.ts';

/** `Result` and `Variables` are the generated types of the operation (operations.generated.ts), for the client to infer. */
export interface RegisteredDocument<Result = unknown, Variables = Record<string, unknown>> {
  /** File name without `.graphql`. */
  name: string;
  operationName: string;
  /** The operation followed by every fragment it uses, as sent. */
  text: string;
  /** sha256 of `text`: the id a persisted-documents store knows it by. */
  id: string;
  /** Whether the gateway's trusted store holds it; curator operations built at run time are sent as text. */
  persisted: boolean;
  /** Types only, never set: what the operation answers and takes. */
  readonly types?: { result: Result; variables: Variables };
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

export function loadDocument<Result = unknown, Variables = Record<string, unknown>>(name: string): RegisteredDocument<Result, Variables> {
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
  home: loadDocument<Op.HomeQuery, Op.HomeQueryVariables>('home'),
  searchTools: loadDocument<Op.SearchToolsQuery, Op.SearchToolsQueryVariables>('search-tools'),
  tool: loadDocument<Op.ToolPageQuery, Op.ToolPageQueryVariables>('tool'),
  compareTools: loadDocument<Op.CompareToolsQuery, Op.CompareToolsQueryVariables>('compare-tools'),
  product: loadDocument<Op.ProductPageQuery, Op.ProductPageQueryVariables>('product'),
  productLookup: loadDocument<Op.ProductLookupQuery, Op.ProductLookupQueryVariables>('product-lookup'),
  productAdvice: loadDocument<Op.ProductAdviceQuery, Op.ProductAdviceQueryVariables>('product-advice'),
  products: loadDocument<Op.ProductListQuery, Op.ProductListQueryVariables>('products'),
  facility: loadDocument<Op.FacilityPageQuery, Op.FacilityPageQueryVariables>('facility'),
  facilities: loadDocument<Op.FacilityListQuery, Op.FacilityListQueryVariables>('facilities'),
  standard: loadDocument<Op.StandardPageQuery, Op.StandardPageQueryVariables>('standard'),
  standards: loadDocument<Op.StandardListQuery, Op.StandardListQueryVariables>('standards'),
  organisation: loadDocument<Op.OrganisationPageQuery, Op.OrganisationPageQueryVariables>('organisation'),
  organisations: loadDocument<Op.OrganisationListQuery, Op.OrganisationListQueryVariables>('organisations'),
  widgetAlternatives: loadDocument<Op.WidgetAlternativesQuery, Op.WidgetAlternativesQueryVariables>('widget-alternatives'),
  recentChanges: loadDocument<Op.RecentChangesQuery, Op.RecentChangesQueryVariables>('recent-changes'),
  productFeed: loadDocument<Op.ProductFeedQuery, Op.ProductFeedQueryVariables>('product-feed'),
  sitemap: loadDocument<Op.SitemapQuery, Op.SitemapQueryVariables>('sitemap'),
  curatorSchema: loadDocument<Op.CuratorSchemaQuery, Op.CuratorSchemaQueryVariables>('curator-schema'),
  curatorVocabulary: loadDocument<Op.CuratorVocabularyQuery, Op.CuratorVocabularyQueryVariables>('curator-vocabulary'),
  exportTools: loadDocument<Op.ExportToolsQuery, Op.ExportToolsQueryVariables>('export-tools'),
  exportTool: loadDocument<Op.ExportToolQuery, Op.ExportToolQueryVariables>('export-tool'),
  exportProducts: loadDocument<Op.ExportProductsQuery, Op.ExportProductsQueryVariables>('export-products'),
  exportFacilities: loadDocument<Op.ExportFacilitiesQuery, Op.ExportFacilitiesQueryVariables>('export-facilities'),
  exportStandards: loadDocument<Op.ExportStandardsQuery, Op.ExportStandardsQueryVariables>('export-standards'),
  exportOrganisations: loadDocument<Op.ExportOrganisationsQuery, Op.ExportOrganisationsQueryVariables>('export-organisations'),
  exportOfferings: loadDocument<Op.ExportOfferingsQuery, Op.ExportOfferingsQueryVariables>('export-offerings'),
  exportAdvice: loadDocument<Op.ExportAdviceQuery, Op.ExportAdviceQueryVariables>('export-advice'),
  exportFingerprint: loadDocument<Op.ExportFingerprintQuery, Op.ExportFingerprintQueryVariables>('export-fingerprint'),
  openReports: loadDocument('open-reports'),
  toolUptake: loadDocument<Op.ToolUptakeQuery, Op.ToolUptakeQueryVariables>('tool-uptake'),
  searchToolsRanked: loadDocument<Op.SearchToolsRankedQuery, Op.SearchToolsRankedQueryVariables>('search-tools-ranked'),
  mySchool: loadDocument<Op.MySchoolQuery, Op.MySchoolQueryVariables>('my-school'),
  updateMySchool: loadDocument<Op.UpdateMySchoolMutation, Op.UpdateMySchoolMutationVariables>('update-my-school'),
  declareToolUsage: loadDocument<Op.DeclareToolUsageMutation, Op.DeclareToolUsageMutationVariables>('declare-tool-usage'),
  updateToolUsage: loadDocument<Op.UpdateToolUsageMutation, Op.UpdateToolUsageMutationVariables>('update-tool-usage'),
  withdrawToolUsage: loadDocument<Op.WithdrawToolUsageMutation, Op.WithdrawToolUsageMutationVariables>('withdraw-tool-usage'),
  pendingUsageNotes: loadDocument<Op.PendingUsageNotesQuery, Op.PendingUsageNotesQueryVariables>('pending-usage-notes'),
  approveUsageNote: loadDocument<Op.ApproveUsageNoteMutation, Op.ApproveUsageNoteMutationVariables>('approve-usage-note'),
  rejectUsageNote: loadDocument<Op.RejectUsageNoteMutation, Op.RejectUsageNoteMutationVariables>('reject-usage-note'),
};

/** "Meld een fout": per reported type, the public report and the curator's resolve (one root field per type in the API). */
export const REPORTED_TYPES = ['Tool', 'Product', 'Facility', 'Standard', 'Organisation'] as const;
export type ReportedType = (typeof REPORTED_TYPES)[number];
const byType = (file: (lower: string) => string) =>
  Object.fromEntries(REPORTED_TYPES.map((type) => [type, loadDocument(file(type.toLowerCase()))])) as Record<ReportedType, RegisteredDocument>;
export const reportDocuments = { report: byType((t) => `report-${t}-problem`), resolve: byType((t) => `resolve-${t}-report`) };
