/**
 * The JSON dump back into curation: every entity, matched by its stable id, created as a draft when
 * the catalogue lacks it, else updated with only the fields that differ. Importing our own dump into
 * the catalogue it came from therefore writes nothing. A draft may only name published entries, so
 * into an empty catalogue references between entries of one type (a facility's `dependsOn`) are held
 * back and flagged until those entries are published; importing again then adds them. A tool's
 * `replaces` are imported as Alternative entries, after the tools and products they join, and held
 * back (flagged) while that tool or product is not published. An entry whose pending draft already
 * holds the import is reported as awaiting review (`pending`), not as unchanged: it is not public yet.
 */
import type { CurationClient } from '../curation/client.ts';
import { loadEntityOps } from '../curation/entities.ts';
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
] as const;

/** A tool's `replaces` are Alternative entries (`<tool>--<product>`) of their own in curation. */
const alternativesOf = (dump: CatalogueDump) =>
  dump.tools.flatMap((tool) => tool.replaces.map((r) => ({ id: `${tool.id}--${r.product.id}`, tool: { id: tool.id }, ...r })));

/** The entries an alternative joins (`tool`, `product` ids in its input) that are not published yet. */
function unpublishedPair(input: Record<string, unknown>, published: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return (['Tool', 'Product'] as const).flatMap((type) => {
    const id = input[type.toLowerCase()] as string;
    return published.get(type)?.has(id) ? [] : [`${type.toLowerCase()} ${id}`];
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

export async function importDump(api: CurationClient, dump: CatalogueDump, origin: string): Promise<Record<string, ImportReport>> {
  const reports: Record<string, ImportReport> = {};
  const publishedByType = new Map<string, ReadonlySet<string>>();
  for (const [key, typeName] of TYPES) {
    const ops = await loadEntityOps(api, typeName);
    const entries = new Map((await ops.list()).map((e) => [e.id, e]));
    const published = new Set([...entries.values()].filter((e) => e.published).map((e) => e.id));
    publishedByType.set(typeName, published);
    const report: ImportReport = { created: [], changed: [], unchanged: [], pending: [], rejected: [], flagged: [] };
    const entities = key === 'alternatives' ? alternativesOf(dump) : dump[key];
    for (const entity of entities as Record<string, unknown>[]) {
      const id = entity.id as string;
      // The id is the match key, not content: a draft does not repeat it.
      const { id: _id, ...input } = ops.toInput(entity);
      const held = holdBackUnpublished(input, ops.selfReferences, published);
      if (held.length) report.flagged.push({ origin: `${origin}#${key}/${id}`, notes: held });
      const waiting = key === 'alternatives' ? unpublishedPair(input, publishedByType) : [];
      if (waiting.length) {
        report.flagged.push({ origin: `${origin}#${key}/${id}`, notes: [`left out until ${waiting.join(' and ')} published; import again after publishing`] });
        continue;
      }
      try {
        const entry = entries.get(id);
        if (!entry) {
          report.created.push((await ops.create({ ...input, id }, `Imported from ${origin}`)).id);
          continue;
        }
        // Fields the dump does not carry keep their current value (mergeImport lays over).
        const { input: merged, changed } = mergeImport(entry.current, input);
        if (changed.length === 0) (entry.pending ? report.pending! : report.unchanged).push(id);
        else {
          const { id: _current, ...rest } = merged;
          await ops.update(id, entry.version, rest, `Imported from ${origin}: ${changed.join(', ')}`);
          report.changed.push({ id, fields: changed });
        }
      } catch (error) {
        report.rejected.push({ origin: `${origin}#${key}/${id}`, reasons: [(error as Error).message] });
      }
    }
    reports[key] = report;
  }
  return reports;
}
