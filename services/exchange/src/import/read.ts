/** The publiccode.yml files an import reads: one file, every publiccode.y(a)ml in a folder, or a URL. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface InputFile {
  /** The path or URL, as shown in messages and kept as the source. */
  name: string;
  text: string;
  /** An http(s) URL the file came from (provenance); undefined for local files. */
  url?: string;
}

const PUBLICCODE = /^publiccode\.ya?ml$|\.publiccode\.ya?ml$|\.ya?ml$/;

export async function readInputs(target: string): Promise<InputFile[]> {
  if (/^https?:\/\//.test(target)) {
    const response = await fetch(target, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${target}: HTTP ${response.status}`);
    return [{ name: target, text: await response.text(), url: target }];
  }
  if (statSync(target).isDirectory()) {
    const files = readdirSync(target, { recursive: true, encoding: 'utf8' })
      .filter((f) => PUBLICCODE.test(path.basename(f)))
      .sort();
    return files.map((f) => ({ name: path.join(target, f), text: readFileSync(path.join(target, f), 'utf8') }));
  }
  return [{ name: target, text: readFileSync(target, 'utf8') }];
}
