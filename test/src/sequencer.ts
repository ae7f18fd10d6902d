/**
 * The order files start in (vitest `sequence.sequencer`): with two workers the run ends when the last long
 * file ends, so long files go first. vitest orders by the durations of the last run when it has them for
 * every file; on a fresh clone (CI) it has none and orders by file size, which would start the
 * 116-line, 50-second dump import near the end. Then the files named here go first, slowest first
 * (seconds in CI, 2026-12 main); a name that no longer exists is ignored.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST = [
  'web-browser', // 62
  'dump-import-empty', // 50
  'crash', // 44
  'web-curator', // 32
  'supervisor', // 26
  'import', // 19
  'web-phone', // 19
  'startup-failures', // 17
  'new-subgraph', // 15
  'shutdown', // 15
  'dump-roundtrip', // 14
  'reseed', // 13
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
