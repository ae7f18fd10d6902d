/** What every harvester gives: import records with provenance, and the records it could not map, with why. */
import { readFileSync } from 'node:fs';
import type { MapContext } from '../publiccode/map.ts';
import type { ImportRecord } from '../import/run.ts';

export interface Harvest {
  records: ImportRecord[];
  rejected: { origin: string; reasons: string[] }[];
}

export interface HarvestOptions {
  /** Harvest date (YYYY-MM-DD), written into every source title. */
  date: string;
  context: MapContext;
  /** Wikidata: the QIDs to ask for (the tools we hold). */
  ids?: string[];
  onProgress?: (done: number, total: number) => void;
  /** How long one request may take (default 60 s). */
  timeoutMs?: number;
}

export interface Harvester {
  name: string;
  /** The source's title in provenance and its data licence. */
  title: string;
  license: string;
  /** false: the source only updates entries we hold (never creates). */
  createsEntries: boolean;
  defaultUrl: string;
  /** Reads a saved snapshot (the body of one or more API responses). */
  fromSnapshot(text: string, options: HarvestOptions): Harvest;
  fromUrl(url: string, options: HarvestOptions): Promise<Harvest>;
}

export const readSnapshot = (file: string) => readFileSync(file, 'utf8');

export const USER_AGENT = 'edu-catalogus-harvester/0.1 (https://github.com/edu-catalogus; open-source catalogue for Dutch education)';

/** A valid SPDX expression, or undefined (free text is never guessed into one). */
export function spdxOrUndefined(text: string | null | undefined, valid: (expression: string) => boolean): string | undefined {
  const trimmed = text?.trim();
  return trimmed && valid(trimmed) ? trimmed : undefined;
}

/** GETs (or POSTs) `url` and parses JSON; an HTTP error, a non-JSON answer or no answer in time is a clear error. */
export async function fetchJson<T>(url: string, init: RequestInit & { accept: string; timeoutMs?: number | undefined }): Promise<T> {
  const { accept, timeoutMs = 60_000, ...rest } = init;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...rest, headers: { accept, 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 429) throw new Error(`${url}: the source asks to wait ${response.headers.get('retry-after') ?? 'a while'} s (HTTP 429)`);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`${url}: no answer within ${timeoutMs} ms`);
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${url}: the answer is not JSON (${response.headers.get('content-type') ?? 'no content type'}): ${text.slice(0, 60)}`);
  }
}
