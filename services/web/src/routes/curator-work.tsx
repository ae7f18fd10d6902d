/**
 * The curator's work list (`/redactie/werk`) and bulk review (`POST /redactie/publiceren`): publish
 * several entries in review in one action, each with its own publish (and its own four-eyes and
 * version check), the failures listed with their reason.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { curatorPaths, ENTITIES, entityBySegment, isEntryId, type CuratedEntity } from '../curation/entities.ts';
import type { EntryData } from '../curation/entry-data.ts';
import type { FormField } from '../curation/form-model.ts';
import { localizeProblems } from '../curation/problem-words.ts';
import { problemsOf } from '../curation/problems.ts';
import { countReports, filterWork, readFilter, workDocument, workItems } from '../curation/work-list.ts';
import type { Workspace } from '../curation/workspace.ts';
import { documents, type RegisteredDocument } from '../gateway/documents.ts';
import type { GraphQLError } from '../gateway/client.ts';
import type { BulkResult } from '../views/curator/dashboard.tsx';
import type { OpenReport } from '../views/curator/reports.tsx';
import { WorkListPage } from '../views/curator/work-list.tsx';

type Send = <T>(c: Context<AppEnv>, document: RegisteredDocument, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors: GraphQLError[] }>;
type Read = <T>(c: Context<AppEnv>, document: RegisteredDocument, variables?: Record<string, unknown>) => Promise<T>;

const ENTRY_VALUE = /^([a-z]+)\/([a-z0-9-]+)@(\d+)$/;
const MAX_BULK = 100;
/** `first` of the open-reports document (`open-reports.graphql`). */
const REPORTS_PER_TYPE = 100;

const encodeKey = (key: string) => Buffer.from(key).toString('base64url');
const decodeKey = (cursor: string) => (cursor ? Buffer.from(cursor, 'base64url').toString() : '');

export function createWorkRoutes(options: {
  workspace: Workspace;
  send: Send;
  read: Read;
  showDashboard: (c: Context<AppEnv>, bulk: BulkResult) => Promise<Response>;
}) {
  const { workspace, send, read } = options;
  const app = new Hono<AppEnv>({ strict: false });
  let document: { forms: Map<CuratedEntity, FormField[]>; doc: RegisteredDocument } | undefined;

  app.get(curatorPaths.work, async (c) => {
    if (!document) {
      const forms = new Map(await Promise.all(ENTITIES.map(async (e) => [e, (await workspace.forEntity(e, c.var.curator.token)).editForm] as const)));
      document = { forms, doc: workDocument(forms) };
    }
    const [data, reported] = await Promise.all([
      read<Record<string, EntryData[]>>(c, document.doc),
      read<Record<string, OpenReport[]>>(c, documents.openReports),
    ]);
    const filter = readFilter((name) => c.req.query(name));
    const items = workItems(data, document.forms, c.var.ui.lang, countReports(Object.values(reported).flat()));
    // The API lists at most 100 open reports per type, oldest first: past that, counts are a lower bound.
    const reportsCapped = Object.values(reported).some((list) => list.length >= REPORTS_PER_TYPE);
    const { page, count, total, next } = filterWork(items, { ...filter, after: decodeKey(filter.after) }, c.var.curator.org);
    const owners = [...new Map(items.flatMap((i) => (i.entry.owner ? [[i.entry.owner.id, i.entry.owner] as const] : []))).values()];
    const query = new URLSearchParams(Object.entries(c.req.query()).filter(([k]) => k !== 'na'));
    if (next) query.set('na', encodeKey(next));
    return c.render(
      <WorkListPage
        filter={filter}
        page={page}
        count={count}
        total={total}
        owners={owners}
        reportsCapped={reportsCapped}
        nextQuery={next ? query.toString() : null}
      />,
      {
        title: c.var.ui.t.work.title,
        noindex: true,
      },
    );
  });

  app.post(curatorPaths.bulkPublish, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const values = ([] as unknown[])
      .concat(body.entry ?? [])
      .filter((v): v is string => typeof v === 'string')
      .slice(0, MAX_BULK);
    const result: BulkResult = { published: [], failed: [] };
    // One at a time: each publish is its own transaction with its own checks.
    for (const value of values) {
      const [, segment = '', id = '', version = ''] = ENTRY_VALUE.exec(value) ?? [];
      const entity = entityBySegment(segment);
      if (!entity || !isEntryId(entity, id)) continue;
      const { operations } = await workspace.forEntity(entity, c.var.curator.token);
      const answer = await send<{ result: { id: string } }>(c, operations.action.publish, { id, expectedVersion: Number(version), comment: null });
      if (answer.data?.result) result.published.push({ entity, id });
      else result.failed.push({ entity, id, reasons: localizeProblems(problemsOf(answer.errors), c.var.ui).map((p) => p.message) });
    }
    if (values.length === 0) result.none = true;
    return options.showDashboard(c, result);
  });

  return app;
}
