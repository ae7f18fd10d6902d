/** One tool in a result list: name, summary, licence, hosting, what it replaces, and a compare checkbox. */
import type { Localized, ToolCard as ToolCardData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { FitBadge } from './badges.tsx';
import { LicenseWords } from './license.tsx';
import { EnumList } from './links.tsx';
import { Paragraph } from './localized.tsx';
import { useUi } from '../ui.ts';

export const COMPARE_FORM = 'compare';

interface Props {
  tool: ToolCardData;
  /** How well it replaces the product of the page it is listed on. */
  fit?: { fit: string; notes: Localized | null } | undefined;
  /** On a product page: who offers it ready to use, and how many schools use it. */
  uptake?: { providers: string[]; schools: number } | undefined;
}

export function ToolCard({ tool, fit, uptake }: Props) {
  const ui = useUi();
  const { t } = ui;
  const checkbox = `compare-${tool.id}`;
  return (
    <article class="tool-card" aria-labelledby={`tool-${tool.id}`}>
      <h3 id={`tool-${tool.id}`}>
        <a href={ui.href(paths.tool(tool.id))}>{tool.name}</a>
      </h3>
      {fit && <FitBadge fit={fit.fit} />}
      <Paragraph value={tool.summary} />
      {fit?.notes && (
        <div class="fit-notes">
          <strong>{t.product.fitNotes}:</strong> <Paragraph value={fit.notes} />
        </div>
      )}
      <dl class="card-facts">
        <div>
          <dt>{t.tool.license}</dt>
          <dd>
            <LicenseWords license={tool.license} />
          </dd>
        </div>
        <div>
          <dt>{t.tool.hosting}</dt>
          <dd>
            <EnumList name="HOSTING" values={tool.hosting} />
          </dd>
        </div>
        {uptake && uptake.providers.length > 0 && (
          <div>
            <dt>{t.tool.offerings}</dt>
            <dd>{uptake.providers.join(', ')}</dd>
          </div>
        )}
        {uptake && uptake.schools > 0 && (
          <div>
            <dt>{t.usage.title}</dt>
            <dd>{t.usage.usedBy(uptake.schools)}</dd>
          </div>
        )}
        {!fit && tool.replaces.length > 0 && (
          <div>
            <dt>{t.tool.replaces}</dt>
            <dd>{tool.replaces.map((r) => r.product.name).join(', ')}</dd>
          </div>
        )}
      </dl>
      <p class="compare-pick">
        <input type="checkbox" id={checkbox} name="tools" value={tool.id} form={COMPARE_FORM} />
        <label for={checkbox}>{t.search.compareThis(tool.name)}</label>
      </p>
    </article>
  );
}

/** The empty form the cards' checkboxes belong to (via form=), so it can sit outside the filter form. */
export function CompareForm() {
  const ui = useUi();
  return <form id={COMPARE_FORM} method="get" action={ui.href(paths.compare)} />;
}

export function CompareButton() {
  const ui = useUi();
  return (
    <div class="compare-bar">
      <p>{ui.t.search.compareHint}</p>
      <button type="submit" form={COMPARE_FORM}>
        {ui.t.search.compareSelected}
      </button>
    </div>
  );
}
