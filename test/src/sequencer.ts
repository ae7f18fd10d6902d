/**
 * The order files start in (vitest `sequence.sequencer`): with two workers the run ends when the last long
 * file ends, so long files go first. vitest orders by the durations of the last run when it has them for
 * every file; on a fresh clone (CI) it has none and orders by file size, which would start the
 * 116-line, 50-second dump import near the end. Then the files named here go first, slowest first
 * (seconds in a whole `npm test` on a 2-core machine, 2026-12-02; the slower store's where a file runs on both); a name that no longer exists is ignored.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST = [
  'dump-import-empty', // 131 on PostgreSQL, 45 on SQLite
  'web-page-types', // 63
  'web-curator', // 49
  'dump-roundtrip', // 45
  'supervisor', // 41
  'startup-failures', // 41
  'import', // 39
  'web-reports-browser', // 36
  'new-subgraph', // 33
  'crash', // 31
  'web-browser', // 29
  'crash-postgres', // 29
  'school-usage', // 29
  'exports', // 24
  'web-school-browser', // 21
  'permissions', // 20
  'webhook-restart', // 20
  'web-phone', // 20
  'web-curator-work', // 19
  'reseed', // 15
];

const rank = (spec: TestSpecification) => {
  const index = SLOWEST.indexOf(path.basename(spec.moduleId, '.test.ts'));
  return index === -1 ? SLOWEST.length : index;
};

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const known = files.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${path.relative(root, f.moduleId)}`));
    if (known) return sorted;
    return sorted
      .map((spec, order) => ({ spec, order }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order)
      .map((x) => x.spec);
  }
}
