/**
 * What the site asks before it sends a workflow action, so a person gets a Dutch answer beside the
 * form rather than an API refusal: a comment for sending back, a reason and a confirmation for archiving.
 */
import type { Messages } from '../i18n/nl.ts';
import type { WorkflowAction } from './entities.ts';
import type { EntryData } from './entry-data.ts';
import type { FormValues } from './form-data.ts';
import type { Problem } from './problems.ts';

export function actionProblems(action: WorkflowAction, status: EntryData['entryStatus'] | undefined, form: FormValues, t: Messages): Problem[] {
  const comment = (form('comment')[0] ?? '').trim();
  const problems: Problem[] = [];
  if (action === 'sendBack' && !comment) problems.push({ path: null, message: t.work.commentRequired });
  if (action === 'archive') {
    if (status === 'PUBLISHED' && !comment) problems.push({ path: null, message: t.work.reasonRequired });
    if (form('confirm')[0] !== 'yes') problems.push({ path: null, message: t.work.confirmRequired });
  }
  return problems;
}
