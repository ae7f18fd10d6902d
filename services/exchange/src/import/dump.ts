/**
 * The JSON dump back into curation: every entity, matched by its stable id, created as a draft when
 * the catalogue lacks it, else updated with only the fields that differ. Importing our own dump into
 * the catalogue it came from therefore writes nothing.
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
] as const;

export async function importDump(api: CurationClient, dump: CatalogueDump, origin: string): Promise<Record<string, ImportReport>> {
  const reports: Record<string, ImportReport> = {};
  for (const [key, typeName] of TYPES) {
    const ops = await loadEntityOps(api, typeName);
    const entries = new Map((await ops.list()).map((e) => [e.id, e]));
    const report: ImportReport = { created: [], changed: [], unchanged: [], rejected: [], flagged: [] };
    for (const entity of dump[key] as Record<string, unknown>[]) {
      const id = entity.id as string;
      // The id is the match key, not content: a draft does not repeat it.
      const { id: _id, ...input } = ops.toInput(entity);
      try {
        const entry = entries.get(id);
        if (!entry) {
          report.created.push((await ops.create({ ...input, id }, `Imported from ${origin}`)).id);
          continue;
        }
        // Fields the dump does not carry keep their current value (mergeImport lays over).
        const { input: merged, changed } = mergeImport(entry.current, input);
        if (changed.length === 0) report.unchanged.push(id);
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
