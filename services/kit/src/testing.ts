/** Test helpers: run an operation against a subgraph in-process and get its single result. */
import assert from 'node:assert/strict';
import type { BaseContext } from '@apollo/server';
import type { Identity } from './identity.ts';
import type { Subgraph } from './run.ts';

export interface Result<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function execute<T = any, C extends BaseContext = BaseContext>(
  subgraph: Subgraph<C>,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity | null = null,
): Promise<Result<T>> {
  const response = await subgraph.apollo.executeOperation({ query, variables }, { contextValue: await subgraph.context(identity) });
  assert.equal(response.body.kind, 'single');
  return response.body.singleResult as Result<T>;
}

export { SUBGRAPH_READY } from './ready-line.ts';
export { type StartedPostgres, type StartPostgresOptions, startPostgres } from './postgres/start-postgres.ts';
export { testPool } from './postgres/test-pool.ts';
export { type ServiceProcess, type ServiceProcessOptions, startServiceProcess } from './service-process.ts';
