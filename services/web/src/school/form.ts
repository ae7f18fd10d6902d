/** A declaration form as the API's ToolUsageInput, and the API's refusals of it as messages in the reader's language. */
import type { GraphQLError } from '../gateway/client.ts';
import type { ToolUsageInput } from '../gateway/operations.generated.ts';
import type { Ui } from '../i18n/i18n.ts';
import { localizeProblems } from '../curation/problem-words.ts';
import { errorCode, problemsOf, type Problem } from '../curation/problems.ts';

export type FormBody = Record<string, string | File | (string | File)[]>;

const text = (body: FormBody, name: string) => {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** Empty optional fields are left out; the checkboxes are true only when ticked. */
export function usageInputOf(body: FormBody): ToolUsageInput & { namedPublicly: boolean; contactable: boolean } {
  const purpose = text(body, 'purpose');
  const note = text(body, 'note');
  return {
    tool: text(body, 'tool'),
    since: text(body, 'since'),
    ...(purpose ? { purpose } : {}),
    ...(note ? { note } : {}),
    namedPublicly: text(body, 'namedPublicly') === 'yes',
    contactable: text(body, 'contactable') === 'yes',
  };
}

/** What went wrong, per field (tool, since, purpose, note) or for the whole form. */
export function usageProblems(errors: GraphQLError[], ui: Ui): Problem[] {
  const { t } = ui;
  const code = errorCode(errors);
  if (code === 'CONFLICT') return [{ path: 'tool', message: t.school.conflict }];
  if (code === 'NOT_FOUND') return [{ path: null, message: t.school.notFound }];
  if (code === 'RATE_LIMITED' || code === 'TOO_MANY_REQUESTS') return [{ path: null, message: t.school.tooMany }];
  const problems = problemsOf(errors).map((p) =>
    p.path === 'tool' && /no published tool/.test(p.message) ? { ...p, message: t.school.unknownTool, known: true } : p,
  );
  return problems.map((p) => ('known' in p ? { path: p.path, message: p.message } : localizeProblems([p], ui)[0]!));
}
