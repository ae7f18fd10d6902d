/**
 * GraphQL resolvers of problem reports, made once for every reported type: `report<Type>Problem`
 * (public, anonymous), `open<Type>Reports` and `resolve<Type>Report` (curators of known organisations).
 * One root field per type, because federation routes each root field to one subgraph.
 */
import { InputError } from '../errors.ts';
import type { Identity } from '../identity.ts';
import type { ProblemReportRow } from './report-table.ts';
import type { ReportStore } from './reports.ts';
import type { CurationContext } from './resolvers.ts';

export interface ReportWiring<C extends CurationContext> {
  reports: (context: C) => ReportStore;
  /** The caller as a known curator (the curation engine's `curator`); throws otherwise. */
  curator: (context: C, identity: Identity | null) => Promise<Identity>;
}

export function reportOperations<C extends CurationContext>(types: readonly string[], wiring: ReportWiring<C>) {
  const Mutation: Record<string, unknown> = {};
  const Query: Record<string, unknown> = {};
  for (const type of types) {
    Mutation[`report${type}Problem`] = async (_: unknown, { id, input }: { id: string; input: unknown }, context: C) => {
      const row = await wiring.reports(context).add(type, id, input);
      return { entityId: row.entityId, receivedAt: row.createdAt };
    };
    Query[`open${type}Reports`] = async (_: unknown, { first }: { first?: number | null }, context: C) => {
      if (first != null && (first < 0 || first > 100)) throw new InputError('first', 'first must be 0..100');
      await wiring.curator(context, context.identity);
      return wiring.reports(context).open([type], first ?? 50);
    };
    Mutation[`resolve${type}Report`] = async (_: unknown, { id, comment }: { id: string; comment?: string | null }, context: C) => {
      const who = await wiring.curator(context, context.identity);
      return wiring.reports(context).resolve(type, id, who, comment);
    };
  }
  return { Mutation, Query };
}

export const problemReportFields = {
  id: (row: ProblemReportRow) => String(row.id),
  resolvedBy: (row: ProblemReportRow) => (row.resolvedBySub ? { sub: row.resolvedBySub, name: row.resolvedByName, organisation: row.resolvedByOrg } : null),
};
