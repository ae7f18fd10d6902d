/**
 * Keeps the gateway's trusted-document store (gateway/persisted-documents, `<sha256>.graphql`) in
 * step with this site's registered documents: writes the current ones, removes outdated versions.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@edu-catalogus/kit/runtime';
import { Kind, parse } from 'graphql';
import { loadAllDocuments } from './documents.ts';

export const TRUSTED_DOCUMENTS_DIR = path.join(repoRoot, 'gateway/persisted-documents');

const operationName = (text: string) => {
  try {
    const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operation?.name?.value;
  } catch {
    return undefined;
  }
};

export function persistDocuments(dir = TRUSTED_DOCUMENTS_DIR): { written: string[]; removed: string[] } {
  const documents = loadAllDocuments();
  const ours = new Set(documents.map((d) => d.operationName));
  const current = new Set(documents.map((d) => d.id));
  const removed: string[] = [];
  const written: string[] = [];
  for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.graphql')) : []) {
    const name = operationName(readFileSync(path.join(dir, file), 'utf8'));
    // Only outdated versions of this site's operations; other clients' documents stay.
    if (name && ours.has(name) && !current.has(path.basename(file, '.graphql'))) {
      unlinkSync(path.join(dir, file));
      removed.push(file);
    }
  }
  for (const document of documents) {
    const file = path.join(dir, `${document.id}.graphql`);
    if (existsSync(file)) continue;
    writeFileSync(file, document.text);
    written.push(path.basename(file));
  }
  return { written, removed };
}
