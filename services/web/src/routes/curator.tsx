/**
 * The curator workspace under /redactie: sign-in, the review queue, create and edit forms that show
 * the API's messages beside the fields, workflow actions, history. Writes go to the gateway with the
 * curator's token; the gateway and subgraphs decide what is allowed.
 */
import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../env.ts';
import { actionBySegment, curatorPaths, ENTITIES, entityBySegment, isEntryId, type CuratedEntity } from '../curation/entities.ts';
import { entryTitle, type EntryData } from '../curation/entry-data.ts';
import { parseFields, type FormValues } from '../curation/form-data.ts';
import { toInput } from '../curation/form-model.ts';
import { actionProblems } from '../curation/action-checks.ts';
import { errorCode, problemsOf, type Problem } from '../curation/problems.ts';
import { replacesProps, saveMappings } from '../curation/replaces.ts';
import { reviewChanges } from '../curation/review-diff.ts';
import { requireCurator, SessionRejected } from '../curation/session.ts';
import type { Workspace } from '../curation/workspace.ts';
import type { GraphQLError, GraphQLResult } from '../gateway/client.ts';
import { documents, type RegisteredDocument } from '../gateway/documents.ts';
import { DashboardPage, type BulkResult, type QueuedEntry } from '../views/curator/dashboard.tsx';
import { EntryForm, type EntryFormProps } from '../views/curator/entry-form.tsx';
import { EntryPage } from '../views/curator/entry.tsx';
import { HistoryPage } from '../views/curator/history.tsx';
import type { OpenReport } from '../views/curator/reports.tsx';
import { createNoteRoutes } from './curator-notes.tsx';
import { createReportRoutes } from './curator-reports.tsx';
import { createWorkRoutes } from './curator-work.tsx';
import { notFoundPage } from './errors.tsx';
import { signInRoutes, type SignIn } from './sign-in.tsx';
import type { SchoolSignIns } from '../school/sign-in.tsx';

async function formValues(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  return (name) => {
    const value = body[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  };
}

export function createCuratorRoutes(options: { workspace: Workspace; signIn: SignIn; school?: SchoolSignIns }) {
  const { workspace } = options;
  const app = new Hono<AppEnv>({ strict: false });

  /** Sends a curator operation; an expired or refused token ends the session. */
  const send = async <T,>(c: Context<AppEnv>, document: RegisteredDocument, variables: Record<string, unknown> = {}) => {
    // Curator documents are built at run time from the schema: the caller names the shape it asked for.
    const result = (await c.var.gateway.send(document, variables, { token: c.var.curator.token })) as GraphQLResult<T>;
    if (errorCode(result.errors) === 'UNAUTHENTICATED') throw new SessionRejected();
    return result;
  };
  const read = async <T,>(c: Context<AppEnv>, document: Parameters<typeof send>[1], variables: Record<string, unknown> = {}) => {
    const result = await send<T>(c, document, variables);
    if (result.errors.length > 0 || !result.data) throw new Error(result.errors.map((e) => e.message).join('; ') || 'no data');
    return result.data;
  };
  const entityOf = (c: Context<AppEnv>) => {
    const entity = entityBySegment(c.req.param('segment') ?? '');
    const id = c.req.param('id');
    if (!entity || (id !== undefined && !isEntryId(entity, id))) return null;
    return { entity, id: id ?? '' };
  };
  const loadEntry = async (c: Context<AppEnv>, entity: CuratedEntity, id: string, kind: 'entry' | 'history' = 'entry') => {
    const { operations } = await workspace.forEntity(entity, c.var.curator.token);
    return (await read<{ entry: EntryData | null }>(c, operations[kind], { id })).entry;
  };
  /** A create or edit form; a tool's form also holds its "vervangt" mappings (replaces.ts). */
  const renderForm = async (c: Context<AppEnv>, props: Omit<EntryFormProps, 'vocabulary'>, status: 200 | 409 | 422 = 200, form?: FormValues) => {
    const vocabulary = await workspace.vocabulary(c.var.curator.token, c.var.ui.lang);
    const entity = entityOf(c)?.entity;
    const replaces = entity?.type === 'Tool' && c.req.param('id') ? await replacesProps(c, send, workspace, c.req.param('id') ?? '', form) : undefined;
    c.status(status);
    return c.render(<EntryForm {...props} vocabulary={vocabulary} replaces={replaces} />, { title: props.title, noindex: true });
  };
  const renderEntry = async (c: Context<AppEnv>, entity: CuratedEntity, id: string, problems: Problem[] = [], status: 200 | 403 | 409 | 422 = 200) => {
    const entry = await loadEntry(c, entity, id);
    if (!entry) return notFoundPage(c);
    const done = c.req.query('gedaan') as keyof typeof c.var.ui.t.curator.done | undefined;
    const { editForm } = await workspace.forEntity(entity, c.var.curator.token);
    const vocabulary = await workspace.vocabulary(c.var.curator.token, c.var.ui.lang);
    const changes = reviewChanges(entry.pendingChanges ?? [], editForm, toInput(editForm, entry.published), c.var.ui, vocabulary);
    c.status(status);
    return c.render(<EntryPage entity={entity} entry={entry} changes={changes} problems={problems} done={done ? c.var.ui.t.curator.done[done] : undefined} />, {
      title: entryTitle(entry, c.var.ui.lang),
      noindex: true,
    });
  };
  const createFormProps = (c: Context<AppEnv>, entity: CuratedEntity) => {
    const { t, href } = c.var.ui;
    return { title: t.curator.createOf(t.entities[entity.type] ?? entity.type), action: href(curatorPaths.create(entity)), cancel: href(curatorPaths.home) };
  };
  /** "Opslaan en ter review aanbieden": after a save, submit in the same step; a refused submit shows on the entry page. */
  const submitAfterSave = async (
    c: Context<AppEnv>,
    entity: CuratedEntity,
    saved: { id: string; entryStatus: string },
    form: FormValues,
    kind: 'create' | 'update',
  ) => {
    const { id } = saved;
    const entryHref = c.var.ui.href(curatorPaths.entry(entity, id));
    const mappingProblems = entity.type === 'Tool' ? await saveMappings(c, send, workspace, id, form, form('then')[0] === 'submit') : [];
    if (mappingProblems.length > 0) return renderEntry(c, entity, id, mappingProblems, 422);
    // A save that changed nothing leaves a published entry published: nothing to submit.
    if (form('then')[0] !== 'submit' || saved.entryStatus !== 'DRAFT') return c.redirect(`${entryHref}?gedaan=${kind}`, 303);
    const { operations } = await workspace.forEntity(entity, c.var.curator.token);
    const submitted = await send<{ result: { id: string } }>(c, operations.action.submit, { id, comment: null });
    if (submitted.data?.result) return c.redirect(`${entryHref}?gedaan=submitted`, 303);
    return renderEntry(c, entity, id, problemsOf(submitted.errors), statusOf(submitted.errors));
  };
  const statusOf = (errors: GraphQLError[]) => (errorCode(errors) === 'FORBIDDEN' ? 403 : errorCode(errors) === 'CONFLICT' ? 409 : 422);

  app.use(`${curatorPaths.home}/*`, csrf());
  app.route('/', signInRoutes(options.signIn, workspace, options.school));
  app.use(curatorPaths.home, requireCurator);
  app.use(`${curatorPaths.home}/*`, requireCurator);

  const dashboard = async (c: Context<AppEnv>, bulk?: BulkResult) => {
    const data = await read<Record<string, EntryData[]>>(c, workspace.queue);
    const queue: QueuedEntry[] = ENTITIES.flatMap((entity) => (data[entity.field] ?? []).map((entry) => ({ entity, entry })));
    queue.sort((a, b) => b.entry.updatedAt.localeCompare(a.entry.updatedAt));
    const reports = Object.values(await read<Record<string, OpenReport[]>>(c, documents.openReports)).flat();
    reports.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const resolved = c.req.query('gedaan') === 'melding';
    if (bulk?.failed.length || bulk?.none) c.status(422);
    return c.render(<DashboardPage queue={queue} bulk={bulk} reports={reports} resolved={resolved} />, { title: c.var.ui.t.curator.title, noindex: true });
  };
  app.get(curatorPaths.home, (c) => dashboard(c));
  app.route('/', createWorkRoutes({ workspace, send, read, showDashboard: dashboard }));
  app.route('/', createReportRoutes(send));
  app.route('/', createNoteRoutes(send));

  app.get('/redactie/:segment/nieuw', async (c) => {
    const found = entityOf(c);
    if (!found) return notFoundPage(c);
    const { createForm } = await workspace.forEntity(found.entity, c.var.curator.token);
    return renderForm(c, { ...createFormProps(c, found.entity), fields: createForm, content: {}, problems: [] });
  });

  app.post('/redactie/:segment/nieuw', async (c) => {
    const found = entityOf(c);
    if (!found) return notFoundPage(c);
    const { createForm, operations } = await workspace.forEntity(found.entity, c.var.curator.token);
    const form = await formValues(c);
    const input = parseFields(createForm, form);
    const comment = form('comment')[0] || null;
    const result = await send<{ result: { id: string; entryStatus: string } }>(c, operations.create, { input, comment });
    if (result.data?.result) return submitAfterSave(c, found.entity, result.data.result, form, 'create');
    const props = {
      ...createFormProps(c, found.entity),
      fields: createForm,
      content: input,
      problems: problemsOf(result.errors),
      comment: comment ?? undefined,
    };
    return renderForm(c, props, statusOf(result.errors) === 409 ? 409 : 422, form);
  });

  app.get('/redactie/:segment/:id', async (c) => {
    const found = entityOf(c);
    return found ? renderEntry(c, found.entity, found.id) : notFoundPage(c);
  });

  app.get('/redactie/:segment/:id/bewerken', async (c) => {
    const found = entityOf(c);
    if (!found) return notFoundPage(c);
    const { editForm } = await workspace.forEntity(found.entity, c.var.curator.token);
    const entry = await loadEntry(c, found.entity, found.id);
    if (!entry) return notFoundPage(c);
    return renderForm(c, {
      title: `${c.var.ui.t.curator.edit}: ${entryTitle(entry, c.var.ui.lang)}`,
      action: c.var.ui.href(curatorPaths.edit(found.entity, found.id)),
      cancel: c.var.ui.href(curatorPaths.entry(found.entity, found.id)),
      fields: editForm,
      content: entry.draft ?? toInput(editForm, entry.published),
      problems: [],
      expectedVersion: entry.version,
    });
  });

  app.post('/redactie/:segment/:id/bewerken', async (c) => {
    const found = entityOf(c);
    if (!found) return notFoundPage(c);
    const { editForm, operations } = await workspace.forEntity(found.entity, c.var.curator.token);
    const form = await formValues(c);
    const input = parseFields(editForm, form);
    const comment = form('comment')[0] || null;
    const expectedVersion = Number(form('expectedVersion')[0]);
    const result = await send<{ result: { id: string; entryStatus: string } }>(c, operations.update, { id: found.id, expectedVersion, input, comment });
    if (result.data?.result) return submitAfterSave(c, found.entity, result.data.result, form, 'update');
    const conflict = result.errors.find((e) => e.extensions?.code === 'CONFLICT' && typeof e.extensions.currentVersion === 'number');
    const entryHref = c.var.ui.href(curatorPaths.entry(found.entity, found.id));
    // After a conflict the curator keeps what they typed; saving again is a conscious overwrite of the current version.
    const currentVersion = conflict ? (conflict.extensions!.currentVersion as number) : expectedVersion;
    return renderForm(
      c,
      {
        title: `${c.var.ui.t.curator.edit}: ${typeof input.name === 'string' ? input.name : found.id}`,
        action: c.var.ui.href(curatorPaths.edit(found.entity, found.id)),
        cancel: entryHref,
        fields: editForm,
        content: input,
        problems: conflict ? [] : problemsOf(result.errors),
        expectedVersion: currentVersion,
        conflict: conflict ? { version: currentVersion, href: entryHref } : undefined,
        comment: comment ?? undefined,
      },
      conflict ? 409 : 422,
      form,
    );
  });

  app.post('/redactie/:segment/:id/:action', async (c) => {
    const found = entityOf(c);
    const action = actionBySegment(c.req.param('action') ?? '');
    if (!found || !action) return notFoundPage(c);
    const { operations } = await workspace.forEntity(found.entity, c.var.curator.token);
    const form = await formValues(c);
    const asked = actionProblems(action, action === 'archive' ? (await loadEntry(c, found.entity, found.id))?.entryStatus : undefined, form, c.var.ui.t);
    if (asked.length > 0) return renderEntry(c, found.entity, found.id, asked, 422);
    const answersReview = action === 'publish' || action === 'sendBack';
    const expectedVersion = answersReview && form('expectedVersion')[0] ? { expectedVersion: Number(form('expectedVersion')[0]) } : {};
    const result = await send<{ result: { id: string; entryStatus: string } }>(c, operations.action[action], {
      id: found.id,
      comment: form('comment')[0] || null,
      ...expectedVersion,
    });
    if (result.data?.result) {
      // Archiving a published entry is only a request; restoring a requested one withdraws it.
      const status = result.data.result.entryStatus;
      const done = status === 'ARCHIVE_REQUESTED' ? 'requestArchive' : action === 'restore' && status === 'PUBLISHED' ? 'cancelArchive' : action;
      return c.redirect(`${c.var.ui.href(curatorPaths.entry(found.entity, found.id))}?gedaan=${done}`, 303);
    }
    return renderEntry(c, found.entity, found.id, problemsOf(result.errors), statusOf(result.errors));
  });

  app.get('/redactie/:segment/:id/geschiedenis', async (c) => {
    const found = entityOf(c);
    if (!found) return notFoundPage(c);
    const entry = await loadEntry(c, found.entity, found.id, 'history');
    if (!entry) return notFoundPage(c);
    return c.render(<HistoryPage entity={found.entity} entry={entry} />, {
      title: c.var.ui.t.curator.historyTitle(entryTitle(entry, c.var.ui.lang)),
      noindex: true,
    });
  });

  return app;
}
