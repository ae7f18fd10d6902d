/** Two to four tools side by side, one row per fact, as a real table with row and column headers. */
import type { Child } from 'hono/jsx';
import type { ToolCompare } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { present } from '../../lib/present.ts';
import { CertaintyBadge, FitBadge } from '../components/badges.tsx';
import { LicenseWords } from '../components/license.tsx';
import { EnumList, refName } from '../components/links.tsx';
import { Text } from '../components/localized.tsx';
import { UncertaintyNote } from '../components/provenance.tsx';
import { languageNames } from '../../lib/language-names.ts';
import { useUi } from '../ui.ts';

export interface CompareNotice {
  tooMany: boolean;
  missing: string[];
}

function List({ items }: { items: Child[] }) {
  const ui = useUi();
  if (items.length === 0) return <span class="muted">{ui.t.tool.none}</span>;
  return (
    <ul>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

export function ComparePage({ tools, notice }: { tools: ToolCompare[]; notice: CompareNotice }) {
  const ui = useUi();
  const { t } = ui;
  const yesNo = (value: boolean | null | undefined) => (value === true ? t.compare.yes : value === false ? t.compare.no : t.compare.unknown);
  const rows: [string, (tool: ToolCompare) => Child][] = [
    [t.tool.summary, (tool) => <Text value={tool.summary} />],
    [
      t.compare.replaces,
      (tool) => (
        <List
          items={tool.replaces.map((r) => (
            <>
              <a href={ui.href(paths.product(r.product.id))}>{r.product.name}</a> <FitBadge fit={r.fit} />
            </>
          ))}
        />
      ),
    ],
    [
      t.tool.license,
      (tool) => (
        <>
          <LicenseWords license={tool.license} />
          <p>{tool.license.osiApproved ? t.license.osi : t.license.notOsi}</p>
          {tool.license.caveats.length > 0 && <List items={tool.license.caveats.map((c) => ui.label('LICENSE_CAVEAT', c.kind))} />}
        </>
      ),
    ],
    [t.tool.hosting, (tool) => <List items={tool.hosting.map((h) => ui.label('HOSTING', h))} />],
    [t.tool.dataLocation, (tool) => (tool.privacy?.dataLocation ? <Text value={tool.privacy.dataLocation} /> : t.compare.unknown)],
    [t.tool.processorAgreement, (tool) => (tool.privacy?.processorAgreement ? <Text value={tool.privacy.processorAgreement} /> : t.compare.unknown)],
    [t.compare.privacyconvenant, (tool) => yesNo(tool.privacy?.privacyconvenant)],
    [t.tool.platforms, (tool) => <EnumList name="PLATFORM" values={tool.platforms} />],
    [t.tool.sectors, (tool) => <EnumList name="SECTOR" values={tool.sectors} />],
    [t.tool.languages, (tool) => languageNames(tool.languages, ui.lang)],
    [t.tool.standards, (tool) => <List items={present(tool.standards).map((s) => <a href={ui.href(paths.standard(s.id))}>{refName(s)}</a>)} />],
    [t.tool.facilities, (tool) => <List items={present(tool.facilities).map((f) => <a href={ui.href(paths.facility(f.id))}>{refName(f)}</a>)} />],
    [t.tool.accessibility, (tool) => (tool.accessibility ? <Text value={tool.accessibility} /> : t.compare.unknown)],
    [t.tool.developmentStatus, (tool) => ui.label('DEVELOPMENT_STATUS', tool.developmentStatus)],
    [t.provenance.certainty, (tool) => <CertaintyBadge certainty={tool.certainty} />],
    [t.provenance.uncertainties, (tool) => <List items={tool.uncertainties.map((u) => <UncertaintyNote uncertainty={u} />)} />],
    [t.provenance.lastChecked, (tool) => (tool.verifiedAt ? <time datetime={tool.verifiedAt}>{ui.date(tool.verifiedAt)}</time> : t.provenance.notChecked)],
    [t.provenance.lastReviewed, (tool) => <time datetime={tool.updatedAt}>{ui.date(tool.updatedAt)}</time>],
  ];
  return (
    <>
      <h1>{tools.length >= 2 ? t.compare.titleFor(tools.map((tool) => tool.name)) : t.compare.title}</h1>
      {notice.missing.length > 0 && <p class="notice error">{t.compare.missing(notice.missing)}</p>}
      {notice.tooMany && <p class="notice">{t.compare.tooMany}</p>}
      {tools.length < 2 ? (
        <p>
          {t.compare.needTwo} <a href={ui.href(paths.products)}>{t.product.listTitle}</a>
        </p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex={0}>
          <table class="data compare">
            <caption id="compare-caption">{t.compare.caption}</caption>
            <thead>
              <tr>
                <td></td>
                {tools.map((tool) => (
                  <th scope="col">
                    <a href={ui.href(paths.tool(tool.id))}>{tool.name}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr>
                  <th scope="row">{label}</th>
                  {tools.map((tool) => (
                    <td data-tool={tool.name}>{cell(tool)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
