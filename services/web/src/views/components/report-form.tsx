/**
 * "Meld een fout" under every entry page: a plain POST form (no JavaScript, no account) that the
 * site sends on as a problem report to the curators. After a refused attempt it keeps what the
 * reader typed and shows why beside the field.
 */
import { reportWords } from '../../i18n/reports.ts';
import { useUi } from '../ui.ts';

export interface ReportFormState {
  message?: string;
  email?: string;
  /** Problems by form field (`message`, `email`). */
  problems?: Record<string, string>;
}

export function ReportForm({ action, state = {} }: { action: string; state?: ReportFormState }) {
  const ui = useUi();
  const words = reportWords(ui.lang);
  const problems = state.problems ?? {};
  const failed = Object.keys(problems).length > 0;
  const describe = (field: string, hint: string) => [problems[field] ? `report-${field}-error` : null, hint].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="report-title" class="report" id="meld-een-fout">
      <details open={failed}>
        <summary>
          <h2 id="report-title">{words.title}</h2>
        </summary>
        <p>{words.intro}</p>
        {failed && (
          <p class="notice error" role="alert">
            {words.problemsTitle}
          </p>
        )}
        <form method="post" action={action}>
          <div class="field">
            <label for="report-message">{words.message}</label>
            <p class="hint" id="report-message-hint">
              {words.messageHint}
            </p>
            {problems.message && (
              <p class="field-error" id="report-message-error">
                {problems.message}
              </p>
            )}
            <textarea
              id="report-message"
              name="message"
              rows={5}
              required
              minlength={10}
              maxlength={2000}
              aria-describedby={describe('message', 'report-message-hint')}
              aria-invalid={problems.message ? 'true' : undefined}
            >
              {state.message ?? ''}
            </textarea>
          </div>
          <div class="field">
            <label for="report-email">{words.email}</label>
            <p class="hint" id="report-email-hint">
              {words.emailHint}
            </p>
            {problems.email && (
              <p class="field-error" id="report-email-error">
                {problems.email}
              </p>
            )}
            <input
              type="email"
              id="report-email"
              name="email"
              autocomplete="email"
              maxlength={254}
              value={state.email ?? ''}
              aria-describedby={describe('email', 'report-email-hint')}
              aria-invalid={problems.email ? 'true' : undefined}
            />
          </div>
          <button type="submit">{words.send}</button>
        </form>
      </details>
    </section>
  );
}
