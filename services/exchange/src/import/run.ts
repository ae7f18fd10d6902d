/**
 * The import: validate every file first (any problem: nothing is written), then match each record to
 * an entry by repository URL, homepage or name, and create a draft for a new tool or update the
 * entry with only the changed fields (a proposal when another organisation owns it). A record that
 * changes nothing writes nothing, so a second run creates nothing new; it is reported as `pending`
 * (awaiting review) when the entry's unpublished draft already holds it, else as `unchanged`.
 */
import { formatProblem, parsePubliccode } from '../publiccode/parse.ts';
import { normaliseUrl, publiccodeRecord, type MapContext, type ToolInput } from '../publiccode/map.ts';
import type { Publiccode } from '../publiccode/schema.ts';
import type { CurationClient } from '../curation/client.ts';
import { createTool, listToolEntries, mapContextOf, updateTool, type ToolEntry } from '../curation/tools.ts';
import { mergeImport, withSource } from './merge.ts';
import type { InputFile } from './read.ts';

export interface ImportRecord {
  /** Where the record came from: a file, or a harvested record's URL. */
  origin: string;
  /** The provenance kept as the entry's source. */
  source: { url: string; title: string };
  input: ToolInput;
  /** Texts in another language that stand in for missing Dutch ones on a new draft. */
  standIn?: { summary?: string; description?: string; features?: string[] };
  /** Facts the source gives that need a curator's decision (several licences ...), reported, not written. */
  flags?: string[];
}

export interface ImportReport {
  created: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: string[];
  /** Entries whose unpublished draft already holds the import: nothing written, but not public until reviewed. */
  pending: string[];
  rejected: { origin: string; reasons: string[] }[];
  flagged: { origin: string; notes: string[] }[];
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

export async function publiccodeRecords(
  api: CurationClient,
  files: { file: InputFile; value: Publiccode }[],
  options: { siteUrl: string; date: string },
): Promise<ImportRecord[]> {
  const context: MapContext = await mapContextOf(api, options.siteUrl);
  return files.map(({ file, value }) => ({
    origin: file.name,
    source: { url: file.url ?? value.url, title: `publiccode.yml (imported ${options.date})` },
    ...publiccodeRecord(value, context),
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
    // A file with none of ours (a category publiccode.yml can only call "other") takes nothing away.
    const theirs = Array.isArray(result[key]) ? (result[key] as string[]) : [];
    if (theirs.length || ours.length) result[key] = [...ours, ...theirs.filter((id) => !ours.includes(id))];
  }
  if (result.maintenance === 'COMMUNITY' && current.maintenance === 'FOUNDATION') delete result.maintenance;
  // The same URL written differently (trailing slash, `.git`, host case) is no change.
  for (const key of ['homepage', 'repository'] as const) {
    const ours = current[key];
    if (typeof ours === 'string' && typeof result[key] === 'string' && normaliseUrl(ours) === normaliseUrl(result[key] as string)) delete result[key];
  }
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
    const value = (input[key] as Record<string, unknown> | undefined) ?? {};
    if (value.nl) continue;
    const standIn = value.en ?? record.standIn?.[key];
    if (standIn === undefined) continue;
    input[key] = { ...value, nl: standIn };
    standIns.push(`${key}.nl`);
  }
  if (!input.summary) throw new Error('no description in any language: a new entry needs a summary');
  if (!input.license) throw new Error('no SPDX licence expression: a new entry needs one');
  if (standIns.length)
    input.uncertainties = standIns.map((field) => ({
      field,
      text: {
        nl: `Geïmporteerd uit ${record.source.url} zonder Nederlandse tekst; een andere taal staat er tot een redacteur er een schrijft.`,
        en: `Imported from ${record.source.url} without a Dutch text; another language stands in until a curator writes one.`,
      },
    }));
  return withSource(input, record.source).input as ToolInput;
}

export interface ApplyOptions {
  /** false: only entries the catalogue holds are updated (Wikidata); others are rejected. */
  createNew?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function applyRecords(api: CurationClient, records: ImportRecord[], options: ApplyOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { created: [], changed: [], unchanged: [], pending: [], rejected: [], flagged: [] };
  const entries = await listToolEntries(api);
  for (const [index, record] of records.entries()) {
    if (record.flags?.length) report.flagged.push({ origin: record.origin, notes: record.flags });
    try {
      const entry = findEntry(entries, record.input);
      if (!entry && options.createNew === false) throw new Error('not in the catalogue (this source only updates entries we hold)');
      if (!entry) {
        const created = await createTool(api, draftFor(record), `Imported from ${record.origin}`);
        report.created.push(created.id);
        entries.push({ id: created.id, version: created.version, entryStatus: 'DRAFT', pending: true, current: draftFor(record) });
      } else {
        const { input, changed } = mergeImport(entry.current, reconcile(entry.current, record.input));
        if (changed.length === 0) (entry.pending ? report.pending : report.unchanged).push(entry.id);
        else {
          const withProvenance = withSource(input, record.source).input;
          const updated = await updateTool(api, entry.id, entry.version, withProvenance, `Imported from ${record.origin}: ${changed.join(', ')}`);
          report.changed.push({ id: entry.id, fields: changed });
          Object.assign(entry, { version: updated.version, pending: true, current: withProvenance });
        }
      }
    } catch (error) {
      report.rejected.push({ origin: record.origin, reasons: [(error as Error).message] });
    }
    options.onProgress?.(index + 1, records.length);
  }
  return report;
}

export function formatReport(report: ImportReport): string {
  return [
    `new: ${report.created.length}${report.created.length ? ` (${report.created.join(', ')})` : ''}`,
    `changed: ${report.changed.length}${report.changed.map((c) => `\n  ${c.id}: ${c.fields.join(', ')}`).join('')}`,
    `unchanged: ${report.unchanged.length}`,
    `awaiting review: ${report.pending.length}${report.pending.length ? ` (${report.pending.join(', ')})` : ''}`,
    `rejected: ${report.rejected.length}${report.rejected.map((r) => `\n  ${r.origin}: ${r.reasons.join('; ')}`).join('')}`,
    `flagged for a curator: ${report.flagged.length}${report.flagged.map((f) => `\n  ${f.origin}: ${f.notes.join('; ')}`).join('')}`,
  ].join('\n');
}
