/** Public surface of the operations workspace, for the whole-stack tests. */
export * from './services.ts';
export * from './supervisor.ts';
export * from './backup.ts';
export * from './restore.ts';
export * from './database-files.ts';
export * from './pg-selection.ts';
