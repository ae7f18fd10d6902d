/**
 * The JSON dump back into curation: every entity, matched by its stable id, created as a draft when
 * the catalogue lacks it, else updated with only the fields that differ. Importing our own dump into
 * the catalogue it came from therefore writes nothing. A draft may only name published entries, so
 * into an empty catalogue references between entries of one type (a facility's `dependsOn`) are held
 * back and flagged until those entries are published; importing again then adds them. A tool's
 * `replaces` are imported as Alternative entries, after the tools and products they join, and held
 * back (flagged) while that tool or product is not published. An entry whose pending draft already
 * holds the import is reported as awaiting review (`pending`), not as unchanged: it is not public yet.
 * Offerings and advice (the schools subgraph) come last, held back the same way while the tool,
 * provider or product they name is not published; advice's tool lists leave out unpublished tools.
 */
import type { CurationClient } from '../curation/client.ts';
import { introspectTypes, loadEntityOps } from '../curation/entities.ts';
import type { CatalogueDump } from '../dump-schema.ts';
import { mergeImport } from './merge.ts';
import type { ImportReport } from './run.ts';

const TYPES = [
  ['organisations', 'Organisation'],
  ['categories', 'Category'],
  ['standards', 'Standard'],
  ['facilities', 'Facility'],
  ['products', 'Product'],
  ['tools', 'Tool'],
  ['alternatives', 'Alternative'],
  ['offerings', 'Offering'],
  ['advice', 'Advice'],
] as const;

/** Per type, the input fields naming entries of another type: a draft may only name published ones. */
const REFERENCES: Partial<Record<(typeof TYPES)[number][0], { whole: [field: string, type: string][]; lists: [field: string, type: string][] }>> = {
  alternatives: {
    whole: [
      ['tool', 'Tool'],
      ['product', 'Product'],
    ],
    lists: [],
  },
  offerings: {
    whole: [
      ['tool', 'Tool'],
      ['provider', 'Organisation'],
    ],
    lists: [],
  },
  advice: {
    whole: [['product', 'Product']],
    lists: [
      ['recommend', 'Tool'],
      ['alsoConsider', 'Tool'],
    ],
  },
};

/** A tool's `replaces` are Alternative entries (`<tool>--<product>`) of their own in curation. */
const alternativesOf = (dump: CatalogueDump) =>
  dump.tools.flatMap((tool) => tool.replaces.map((r) => ({ id: `${tool.id}--${r.product.id}`, tool: { id: tool.id }, ...r })));

/** The entries an entry names in `fields` (an alternative's tool and product) that are not published yet. */
function unpublishedWhole(input: Record<string, unknown>, fields: [string, string][], published: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return fields.flatMap(([field, type]) => {
    const id = input[field] as string;
    return published.get(type)?.has(id) ? [] : [`${field} ${id}`];
  });
}

/** Leaves out of `input` the ids of `fields` that are not published yet; says what was left out. */
function holdBackUnpublished(input: Record<string, unknown>, fields: readonly string[], published: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  for (const field of fields) {
    const ids = input[field];
    if (!Array.isArray(ids)) continue;
    const waiting = ids.filter((ref) => !published.has(ref as string));
    if (waiting.length === 0) continue;
    input[field] = ids.filter((ref) => published.has(ref as string));
    notes.push(`${field}: ${waiting.join(', ')} left out until published; import again after publishing them`);
  }
  return notes;
}

/**
 * Fields of the entry's uncertainties whose note is English only (older offerings and advice): the API
 * reads them back without `text`, and `UncertaintyInput` needs Dutch and English, so an update that
 * carries them would fail; a curator adds the Dutch first.
 */
const englishOnly = (input: Record<string, unknown>) =>
  ((input.uncertainties ?? []) as { field: string; text?: unknown }[]).filter((u) => u.text == null).map((u) => u.field);
const englishOnlyReason = (fields: string[]) =>
  `uncertainties of ${fields.join(', ')} have an English-only note, which the API takes only with Dutch: add the Dutch text in curation, then import again`;

export async function importDump(api: CurationClient, dump: CatalogueDump, origin: string): Promise<Record<string, ImportReport>> {
  const reports: Record<string, ImportReport> = {};
  const publishedByType = new Map<string, ReadonlySet<string>>();
  const types = await introspectTypes(api);
  for (const [key, typeName] of TYPES) {
    const ops = await loadEntityOps(api, typeName, types);
    const entries = new Map((await ops.list()).map((e) => [e.id, e]));
    const published = new Set([...entries.values()].filter((e) => e.published).map((e) => e.id));
    publishedByType.set(typeName, published);
    const report: ImportReport = { created: [], changed: [], unchanged: [], pending: [], rejected: [], flagged: [] };
    const entities = key === 'alternatives' ? alternativesOf(dump) : dump[key];
    // New entries are created together at the end of the type, several to a request (EntityOps.createMany).
    const creates: { id: string; input: Record<string, unknown> }[] = [];
    for (const entity of entities as Record<string, unknown>[]) {
      const id = entity.id as string;
      // The id is the match key, not content: a draft does not repeat it.
      const { id: _id, ...input } = ops.toInput(entity);
      const refs = REFERENCES[key];
      const held = [
        ...holdBackUnpublished(input, ops.selfReferences, published),
        ...(refs?.lists ?? []).flatMap(([field, type]) => holdBackUnpublished(input, [field], publishedByType.get(type) ?? new Set())),
      ];
      if (held.length) report.flagged.push({ origin: `${origin}#${key}/${id}`, notes: held });
      const waiting = refs ? unpublishedWhole(input, refs.whole, publishedByType) : [];
      if (waiting.length) {
        report.flagged.push({ origin: `${origin}#${key}/${id}`, notes: [`left out until ${waiting.join(' and ')} published; import again after publishing`] });
        continue;
      }
      try {
        const entry = entries.get(id);
        if (!entry) {
          creates.push({ id, input: { ...input, id } });
          continue;
        }
        // Fields the dump does not carry keep their current value (mergeImport lays over).
        const { input: merged, changed } = mergeImport(entry.current, input);
        if (changed.length === 0) (entry.pending ? report.pending : report.unchanged).push(id);
        else if (englishOnly(merged).length) {
          report.rejected.push({ origin: `${origin}#${key}/${id}`, reasons: [englishOnlyReason(englishOnly(merged))] });
        } else {
          const { id: _current, ...rest } = merged;
          await ops.update(id, entry.version, rest, `Imported from ${origin}: ${changed.join(', ')}`);
          report.changed.push({ id, fields: changed });
        }
      } catch (error) {
        report.rejected.push({ origin: `${origin}#${key}/${id}`, reasons: [(error as Error).message] });
      }
    }
    const answers = await ops.createMany(creates, `Imported from ${origin}`);
    creates.forEach(({ id }, i) => {
      const answer = answers[i]!;
      if (answer instanceof Error) report.rejected.push({ origin: `${origin}#${key}/${id}`, reasons: [answer.message] });
      else report.created.push(answer.id);
    });
    reports[key] = report;
  }
  return reports;
}
