/**
 * The "vervangt" mappings edited inside the tool form (issue 16 item 8). Each mapping is its own
 * Alternative entry (`<tool>--<product>`, with its own review); the tool form shows the tool's
 * mappings as rows and, after the tool is saved, creates or updates each changed one (and submits it
 * too with "opslaan en ter review aanbieden"). Removing a mapping is archiving it on its own page.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { runtimeDocument, type RegisteredDocument } from '../gateway/documents.ts';
import type { GraphQLError } from '../gateway/client.ts';
import { ENTITIES } from './entities.ts';
import { parseFields, type FormValues } from './form-data.ts';
import type { FormField } from './form-model.ts';
import { localizeProblems } from './problem-words.ts';
import { problemsOf, type Problem } from './problems.ts';
import type { Workspace } from './workspace.ts';

type Send = <T>(c: Context<AppEnv>, document: RegisteredDocument, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors: GraphQLError[] }>;

export const ALTERNATIVE = ENTITIES.find((e) => e.type === 'Alternative')!;
export const versionName = (id: string) => `replaces.version.${id}`;

const LIST = runtimeDocument(
  'CuratorToolReplaces',
  'query CuratorToolReplaces { entries: alternativeEntries { id version entryStatus draft published { product { id } fit notes { nl en } } } }',
);

export interface Mapping {
  id: string;
  version: number;
  content: Record<string, unknown>;
}

interface AltEntry {
  id: string;
  version: number;
  entryStatus: string;
  draft: Record<string, unknown> | null;
  published: { product: { id: string }; fit: string; notes: { nl: string; en: string | null } | null } | null;
}

/** Paths of the Alternative form moved under `replaces.#` (`replaces.#.notes.nl`). */
const prefixed = (fields: FormField[], prefix: string): FormField[] =>
  fields.map((f) => ({ ...f, path: `${prefix}.${f.path}`, ...(f.children ? { children: prefixed(f.children, prefix) } : {}) }));

/** The tool form's "vervangt" rows: an Alternative form without its tool, as a list. */
export async function replacesField(workspace: Workspace, token: string): Promise<FormField> {
  const { createForm } = await workspace.forEntity(ALTERNATIVE, token);
  const children = prefixed(
    createForm.filter((f) => f.name !== 'tool' && f.name !== 'id'),
    'replaces.#',
  );
  return { name: 'replaces', path: 'replaces', kind: 'groupList', required: false, description: null, readable: false, children };
}

/** The tool's mappings (not archived), as the form shows them: the pending draft, else the published content. */
export async function loadMappings(c: Context<AppEnv>, send: Send, toolId: string): Promise<Mapping[]> {
  if (!toolId) return [];
  const result = await send<{ entries: AltEntry[] }>(c, LIST);
  return (result.data?.entries ?? [])
    .filter((e) => e.id.startsWith(`${toolId}--`) && e.entryStatus !== 'ARCHIVED')
    .map((e) => {
      const p = e.published;
      const published = p
        ? { product: p.product.id, fit: p.fit, ...(p.notes ? { notes: { nl: p.notes.nl, ...(p.notes.en ? { en: p.notes.en } : {}) } } : {}) }
        : {};
      const { tool: _tool, ...content } = (e.draft ?? published) as Record<string, unknown>;
      return { id: e.id, version: e.version, content };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * After the tool `toolId` was saved: create or update each mapping the form holds (a save that changes
 * nothing writes nothing), submit the drafts when asked; the problems of those that failed, in words.
 */
export async function saveMappings(
  c: Context<AppEnv>,
  send: Send,
  workspace: Workspace,
  toolId: string,
  form: FormValues,
  submit: boolean,
): Promise<Problem[]> {
  const field = await replacesField(workspace, c.var.curator.token);
  const rows = (parseFields([field], form).replaces ?? []) as Record<string, unknown>[];
  if (rows.length === 0) return [];
  const { operations } = await workspace.forEntity(ALTERNATIVE, c.var.curator.token);
  const existing = new Map((await loadMappings(c, send, toolId)).map((m) => [m.id, m]));
  const problems: Problem[] = [];
  for (const row of rows) {
    if (typeof row.product !== 'string' || !row.product) continue;
    const id = `${toolId}--${row.product}`;
    const input = { ...row, tool: toolId };
    const known = existing.get(id);
    const shown = Number(form(versionName(id))[0]);
    const result = known
      ? await send<{ result: { id: string; entryStatus: string } }>(c, operations.update, { id, expectedVersion: shown || known.version, input, comment: null })
      : await send<{ result: { id: string; entryStatus: string } }>(c, operations.create, { input, comment: null });
    let errors = result.errors;
    if (result.data?.result && submit && result.data.result.entryStatus === 'DRAFT') {
      errors = (await send(c, operations.action.submit, { id, comment: null })).errors;
    }
    for (const p of localizeProblems(problemsOf(errors), c.var.ui))
      problems.push({ path: null, message: `${c.var.ui.t.work.replaces} ${row.product}: ${p.message}` });
  }
  return problems;
}

export interface ReplacesProps {
  field: FormField;
  /** The rows the form shows: the saved mappings, or what the curator typed. */
  rows: Record<string, unknown>[];
  /** The version of each saved mapping the form was filled from, by id. */
  versions: [string, number][];
}

export async function replacesProps(c: Context<AppEnv>, send: Send, workspace: Workspace, toolId: string, form?: FormValues): Promise<ReplacesProps> {
  const field = await replacesField(workspace, c.var.curator.token);
  const mappings = await loadMappings(c, send, toolId);
  const rows = form ? ((parseFields([field], form).replaces ?? []) as Record<string, unknown>[]) : mappings.map((m) => m.content);
  const versions = mappings.map((m): [string, number] => [m.id, Number(form?.(versionName(m.id))[0]) || m.version]);
  return { field, rows, versions };
}
