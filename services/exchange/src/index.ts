/** The exchange formats: exports (JSON, CSV, publiccode.yml, DCAT-AP-NL, ADMS-AP) and publiccode.yml reading. */
export * from './model.ts';
export * from './json-dump.ts';
export * from './csv.ts';
export * from './dcat.ts';
export * from './adms.ts';
export { toTurtle, toJsonLd } from './rdf.ts';
export type { Quad } from 'n3';
export * from './publiccode/schema.ts';
export * from './publiccode/parse.ts';
export * from './publiccode/export.ts';
export * from './dump-schema.ts';
export * from './publiccode/map.ts';
export * from './import/merge.ts';
export * from './import/read.ts';
export * from './import/run.ts';
export * from './curation/client.ts';
export * from './curation/tools.ts';
