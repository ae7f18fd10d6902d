/** Tool entries through the curation API: list them (drafts included), create a draft, update one. */
import { analyseLicense } from '@edu-catalogus/seeds';
import type { MapContext } from '../publiccode/map.ts';
import type { CurationClient } from './client.ts';

const TEXT = 'nl en';
/** The published Tool with every field ToolInput has, so an update keeps what the import does not touch. */
const PUBLISHED = `id name summary { ${TEXT} } description { ${TEXT} } homepage repository
  license { expression scope osiApproved components { scope expression note { ${TEXT} } } caveats { kind note { ${TEXT} } } history { expression until } }
  categories { id } platforms sectors hosting languages developmentStatus maintenance maintainer features { ${TEXT} }
  privacy { dataLocation { ${TEXT} } processorAgreement { ${TEXT} } privacyconvenant notes { ${TEXT} } } accessibility { ${TEXT} }
  standards { id } facilities { id } sources { url title } certainty uncertainties { field text { nl en } }`;

export interface ToolEntry {
  id: string;
  version: number;
  entryStatus: string;
  /** An unpublished draft (a new entry or a pending change) exists: an import it already holds awaits review. */
  pending: boolean;
  /** The content an update starts from: the pending draft, else the published content as input. */
  current: Record<string, unknown>;
}

const ids = (refs: unknown) => (refs as { id: string }[] | undefined)?.map((r) => r.id);

/** A published Tool as ToolInput (refs as ids, nulls dropped). */
export function publishedToInput(tool: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...tool, categories: ids(tool.categories), standards: ids(tool.standards), facilities: ids(tool.facilities) };
  // osiApproved is derived from the expression unless a curator overrode it: keep only an override.
  const license = tool.license as { expression: string; osiApproved?: boolean } | undefined;
  if (license && license.osiApproved === analyseLicense(license.expression).osiApproved) input.license = { ...license, osiApproved: undefined };
  return JSON.parse(JSON.stringify(input, (_key, value) => (value === null ? undefined : value)));
}

export async function listToolEntries(api: CurationClient): Promise<ToolEntry[]> {
  const data = await api<{
    toolEntries: { id: string; version: number; entryStatus: string; draft: Record<string, unknown> | null; published: Record<string, unknown> | null }[];
  }>(`query ImportToolEntries { toolEntries { id version entryStatus draft published { ${PUBLISHED} } } }`);
  return data.toolEntries
    .filter((e) => e.entryStatus !== 'ARCHIVED')
    .map((e) => ({
      id: e.id,
      version: e.version,
      entryStatus: e.entryStatus,
      pending: e.draft != null,
      current: e.draft ?? (e.published ? publishedToInput(e.published) : {}),
    }));
}

export async function createTool(api: CurationClient, input: Record<string, unknown>, comment: string) {
  const data = await api<{ createTool: { id: string; version: number } }>(
    'mutation ImportCreateTool($input: ToolInput!, $comment: String) { createTool(input: $input, comment: $comment) { id version } }',
    { input, comment },
  );
  return data.createTool;
}

export async function updateTool(api: CurationClient, id: string, expectedVersion: number, input: Record<string, unknown>, comment: string) {
  const { id: _ignored, ...rest } = input;
  const data = await api<{ updateTool: { id: string; version: number; pendingChanges: { field: string }[] } }>(
    'mutation ImportUpdateTool($id: ID!, $expectedVersion: Int!, $input: ToolInput!, $comment: String) { updateTool(id: $id, expectedVersion: $expectedVersion, input: $input, comment: $comment) { id version pendingChanges { field } } }',
    { id, expectedVersion, input: rest, comment },
  );
  return data.updateTool;
}

/** Category and standard ids the mapping needs (publiccode category → ours; our standard URIs). */
export async function loadVocabulary(api: CurationClient) {
  const data = await api<{ categories: { id: string; publiccode: string | null }[]; standards: { edges: { node: { id: string } }[] } }>(
    'query ImportVocabulary { categories { id publiccode } standards(first: 100) { edges { node { id } } } }',
  );
  return { categories: data.categories, standards: data.standards.edges.map((e) => e.node.id) };
}

/** How the mappings find our ids: publiccode categories via Category.publiccode, our standard URIs. */
export async function mapContextOf(api: CurationClient, siteUrl: string): Promise<MapContext> {
  const vocabulary = await loadVocabulary(api);
  const prefix = `${siteUrl.replace(/\/$/, '')}/standaarden/`;
  return {
    // A publiccode category that several of ours refine ("it-security": passwords, network security) names none of them.
    categoryFor: (pc) => {
      const ours = vocabulary.categories.filter((c) => c.publiccode === pc);
      return ours.length === 1 ? ours[0]!.id : undefined;
    },
    standardFor: (uri) => (uri.startsWith(prefix) && vocabulary.standards.includes(uri.slice(prefix.length)) ? uri.slice(prefix.length) : undefined),
  };
}
