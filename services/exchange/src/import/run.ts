/**
 * The import: validate every file first (any problem: nothing is written), then match each record to
 * an entry by repository URL, homepage or name, and create a draft for a new tool or update the
 * entry with only the changed fields (a proposal when another organisation owns it). A record that
 * changes nothing writes nothing, so a second run creates nothing new.
 */
import { formatProblem, parsePubliccode } from '../publiccode/parse.ts';
import { normaliseUrl, publiccodeToTool, type ToolInput } from '../publiccode/map.ts';
import type { Publiccode } from '../publiccode/schema.ts';
import type { CurationClient } from '../curation/client.ts';
import { createTool, listToolEntries, loadVocabulary, updateTool, type ToolEntry } from '../curation/tools.ts';
import { mergeImport, withSource } from './merge.ts';
import type { InputFile } from './read.ts';

export interface ImportRecord {
  /** Where the record came from: a file, or a harvested record's URL. */
  origin: string;
  /** The provenance kept as the entry's source. */
  source: { url: string; title: string };
  input: ToolInput;
}

export interface ImportReport {
  created: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: string[];
  rejected: { origin: string; reasons: string[] }[];
}

export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`nothing was written: ${problems.length} problem(s)\n${problems.join('\n')}`);
  }
}

/** Parses and validates every file; throws ImportRefused listing every problem of every file. */
export function validateFiles(files: InputFile[]): { file: InputFile; value: Publiccode }[] {
  const problems: string[] = [];
  const valid: { file: InputFile; value: Publiccode }[] = [];
  if (files.length === 0) problems.push('no publiccode.yml files found');
  for (const file of files) {
    const result = parsePubliccode(file.text);
    if (result.ok) valid.push({ file, value: result.value });
    else problems.push(...result.problems.map((p) => formatProblem(file.name, p)));
  }
  if (problems.length) throw new ImportRefused(problems);
  return valid;
}

export async function publiccodeRecords(api: CurationClient, files: { file: InputFile; value: Publiccode }[], options: { siteUrl: string; date: string }): Promise<ImportRecord[]> {
  const vocabulary = await loadVocabulary(api);
  const standardPrefix = `${options.siteUrl.replace(/\/$/, '')}/standaarden/`;
  const context = {
    categoryFor: (pc: string) => vocabulary.categories.find((c) => c.publiccode === pc)?.id,
    standardFor: (uri: string) => (uri.startsWith(standardPrefix) && vocabulary.standards.includes(uri.slice(standardPrefix.length)) ? uri.slice(standardPrefix.length) : undefined),
  };
  return files.map(({ file, value }) => ({
    origin: file.name,
    source: { url: file.url ?? value.url, title: `publiccode.yml (imported ${options.date})` },
    input: publiccodeToTool(value, context),
  }));
}

function findEntry(entries: ToolEntry[], input: ToolInput): ToolEntry | undefined {
  const repository = typeof input.repository === 'string' ? normaliseUrl(input.repository) : undefined;
  const homepage = input.homepage ? normaliseUrl(input.homepage) : undefined;
  const name = input.name.trim().toLowerCase();
  const by = (test: (e: ToolEntry) => boolean) => entries.find(test);
  return (
    (repository && by((e) => typeof e.current.repository === 'string' && normaliseUrl(e.current.repository) === repository)) ||
    (homepage && by((e) => typeof e.current.homepage === 'string' && normaliseUrl(e.current.homepage) === homepage)) ||
    by((e) => typeof e.current.name === 'string' && e.current.name.trim().toLowerCase() === name)
  );
}

/**
 * publiccode.yml is coarser than the catalogue: its categories and `supports` only ever add to ours,
 * and its `community` covers our FOUNDATION, so those never count as a change on their own.
 */
function reconcile(current: Record<string, unknown>, imported: ToolInput): ToolInput {
  const result = { ...imported };
  for (const key of ['categories', 'standards'] as const) {
    const ours = (current[key] as string[] | undefined) ?? [];
    if (Array.isArray(result[key])) result[key] = [...ours, ...(result[key] as string[]).filter((id) => !ours.includes(id))];
  }
  if (result.maintenance === 'COMMUNITY' && current.maintenance === 'FOUNDATION') delete result.maintenance;
  return result;
}

/**
 * A new entry needs Dutch texts: when the source has only another language, that text stands in for
 * the Dutch one and an uncertainty says so, for the curator to translate.
 */
function draftFor(record: ImportRecord): ToolInput {
  const input: ToolInput = { ...record.input, homepage: record.input.homepage ?? (record.input.repository as string) };
  const standIns: string[] = [];
  for (const key of ['summary', 'description', 'features'] as const) {
    const value = input[key] as Record<string, unknown> | undefined;
    if (!value || value.nl) continue;
    input[key] = { ...value, nl: value.en ?? Object.values(value)[0] };
    standIns.push(`${key}.nl`);
  }
  if (!input.summary) {
    input.summary = { nl: input.name };
    standIns.push('summary.nl');
  }
  if (standIns.length)
    input.uncertainties = standIns.map((field) => ({ field, note: `Imported from ${record.source.url} without a Dutch text; another language stands in until a curator writes one.` }));
  return withSource(input, record.source).input as ToolInput;
}

export async function applyRecords(api: CurationClient, records: ImportRecord[], onProgress: (done: number, total: number) => void = () => {}): Promise<ImportReport> {
  const report: ImportReport = { created: [], changed: [], unchanged: [], rejected: [] };
  const entries = await listToolEntries(api);
  for (const [index, record] of records.entries()) {
    try {
      const entry = findEntry(entries, record.input);
      if (!entry) {
        const created = await createTool(api, draftFor(record), `Imported from ${record.origin}`);
        report.created.push(created.id);
        entries.push({ id: created.id, version: created.version, entryStatus: 'DRAFT', current: draftFor(record) });
      } else {
        const { input, changed } = mergeImport(entry.current, reconcile(entry.current, record.input));
        if (changed.length === 0) report.unchanged.push(entry.id);
        else {
          const withProvenance = withSource(input, record.source).input;
          const updated = await updateTool(api, entry.id, entry.version, withProvenance, `Imported from ${record.origin}: ${changed.join(', ')}`);
          report.changed.push({ id: entry.id, fields: changed });
          Object.assign(entry, { version: updated.version, current: withProvenance });
        }
      }
    } catch (error) {
      report.rejected.push({ origin: record.origin, reasons: [(error as Error).message] });
    }
    onProgress(index + 1, records.length);
  }
  return report;
}

export function formatReport(report: ImportReport): string {
  return [
    `new: ${report.created.length}${report.created.length ? ` (${report.created.join(', ')})` : ''}`,
    `changed: ${report.changed.length}${report.changed.map((c) => `\n  ${c.id}: ${c.fields.join(', ')}`).join('')}`,
    `unchanged: ${report.unchanged.length}`,
    `rejected: ${report.rejected.length}${report.rejected.map((r) => `\n  ${r.origin}: ${r.reasons.join('; ')}`).join('')}`,
  ].join('\n');
}
