/** Reads a publiccode.yml text: YAML errors and schema problems, each with its key path and line. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { publiccodeSchema, type Publiccode } from './schema.ts';

export interface Problem {
  /** Dotted key path (`description.nl.longDescription`), empty for the whole file. */
  key: string;
  line: number;
  column: number;
  message: string;
}

export type ParseResult = { ok: true; value: Publiccode; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function parsePubliccode(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) =>
    offset === undefined ? { line: 1, column: 1 } : { line: lineCounter.linePos(offset).line, column: lineCounter.linePos(offset).col };
  if (doc.errors.length > 0)
    return { ok: false, problems: doc.errors.map((e) => ({ key: '', ...at(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })) };

  const result = publiccodeSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      // The deepest node that exists: a missing key is reported at its parent.
      let node: unknown;
      for (let depth = path.length; depth >= 0 && !isNode(node); depth--) node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = isNode(node) ? node.range : undefined;
      return { key: path.join('.'), ...at(range?.[0]), message: issue.message };
    });
    return { ok: false, problems };
  }
  const warnings: Problem[] = [];
  const version = result.data.publiccodeYmlVersion;
  if (version !== '0' && !version.startsWith('0.7'))
    warnings.push({ key: 'publiccodeYmlVersion', ...at(undefined), message: `${version} is not the latest version, use '0'` });
  return { ok: true, value: result.data, warnings };
}

export const formatProblem = (file: string, p: Problem) => `${file}:${p.line}:${p.column} ${p.key || '(file)'}: ${p.message}`;
