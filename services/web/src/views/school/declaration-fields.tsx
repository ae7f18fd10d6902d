/** The fields of one usage declaration (since, purpose, note, the two opt-ins), shared by the add and the edit forms. */
import type { Problem } from '../../curation/problems.ts';
import { useUi } from '../ui.ts';

export interface DeclarationValues {
  tool: string;
  since: string;
  purpose?: string | null;
  note?: string | null;
  namedPublicly: boolean;
  contactable: boolean;
}

function FieldProblem({ id, problems, path }: { id: string; problems: Problem[]; path: string }) {
  const found = problems.filter((p) => p.path === path);
  if (found.length === 0) return null;
  return (
    <p class="field-error" id={`${id}-problem`}>
      {found.map((p) => p.message).join(' ')}
    </p>
  );
}

/** `formKey` keeps the ids of several forms on one page apart (`new`, or the tool id). */
export function DeclarationFields({
  formKey,
  values,
  problems,
  withTool,
}: {
  formKey: string;
  values: DeclarationValues;
  problems: Problem[];
  withTool: boolean;
}) {
  const { t } = useUi();
  const id = (name: string) => `${name}-${formKey}`;
  const invalid = (path: string) => (problems.some((p) => p.path === path) ? { 'aria-invalid': 'true', 'aria-describedby': `${id(path)}-problem` } : {});
  return (
    <>
      {withTool ? (
        <div class="field">
          <label for={id('tool')}>{t.school.tool}</label>
          <input id={id('tool')} name="tool" value={values.tool} required autocomplete="off" {...invalid('tool')} />
          <FieldProblem id={id('tool')} problems={problems} path="tool" />
        </div>
      ) : (
        <input type="hidden" name="tool" value={values.tool} />
      )}
      <div class="field">
        <label for={id('since')}>{t.school.since}</label>
        <input id={id('since')} name="since" value={values.since} required pattern="\d{4}(-\d{2}(-\d{2})?)?" {...invalid('since')} />
        <FieldProblem id={id('since')} problems={problems} path="since" />
      </div>
      <div class="field">
        <label for={id('purpose')}>{t.school.purpose}</label>
        <input id={id('purpose')} name="purpose" value={values.purpose ?? ''} maxlength={200} {...invalid('purpose')} />
        <FieldProblem id={id('purpose')} problems={problems} path="purpose" />
      </div>
      <div class="field">
        <label for={id('note')}>{t.school.note}</label>
        <textarea id={id('note')} name="note" rows={3} maxlength={1000} {...invalid('note')}>
          {values.note ?? ''}
        </textarea>
        <FieldProblem id={id('note')} problems={problems} path="note" />
      </div>
      <div class="field checkbox">
        <input type="checkbox" id={id('named')} name="namedPublicly" value="yes" checked={values.namedPublicly} />
        <label for={id('named')}>{t.school.namedPublicly}</label>
      </div>
      <div class="field checkbox">
        <input type="checkbox" id={id('contactable')} name="contactable" value="yes" checked={values.contactable} />
        <label for={id('contactable')}>{t.school.contactable}</label>
      </div>
    </>
  );
}
