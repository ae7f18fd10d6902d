/** The curator's work list: one GET form of filters (works without JavaScript) over a table of entries, in pages. */
import { curatorPaths, ENTITIES } from '../../curation/entities.ts';
import { WORK_STATUSES, type WorkFilter, type WorkItem } from '../../curation/work-list.ts';
import { useCurator, useUi } from '../ui.ts';

export interface WorkListProps {
  filter: WorkFilter;
  page: WorkItem[];
  count: number;
  total: number;
  owners: { id: string; name: string }[];
  /** Some type has more open reports than the API lists at once: counts are at least these. */
  reportsCapped: boolean;
  /** The query of the next page, when there is one. */
  nextQuery: string | null;
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {options.map(([v, text]) => (
          <option value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function WorkListPage({ filter, page, count, total, owners, reportsCapped, nextQuery }: WorkListProps) {
  const ui = useUi();
  const { t } = ui;
  const curator = useCurator();
  const w = t.work;
  return (
    <>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <form method="get" action={ui.href(curatorPaths.work)} class="work-filters" role="search">
        <div class="field">
          <label for="work-q">{w.search}</label>
          <input type="search" id="work-q" name="q" value={filter.q} />
        </div>
        <Select
          id="work-type"
          name="soort"
          label={w.type}
          value={filter.type}
          options={[['', w.anyType], ...ENTITIES.map((e): [string, string] => [e.segment, t.entities[e.type] ?? e.type])]}
        />
        <Select
          id="work-status"
          name="status"
          label={w.status}
          value={filter.status}
          options={[['', w.anyStatus], ...WORK_STATUSES.map((s): [string, string] => [s, ui.label('ENTRY_STATUS', s)])]}
        />
        <Select
          id="work-owner"
          name="eigenaar"
          label={w.owner}
          value={filter.owner}
          options={[
            ['', w.anyOwner],
            ...(curator?.org ? [['mine', `${w.mine} (${curator.org})`] as [string, string]] : []),
            ['none', w.unclaimed],
            ...owners.map((o): [string, string] => [o.id, o.name]),
          ]}
        />
        <div class="field checkbox">
          <input type="checkbox" id="work-stale" name="oud" value="1" checked={filter.stale} />
          <label for="work-stale">{w.stale}</label>
        </div>
        <div class="field checkbox">
          <input type="checkbox" id="work-reported" name="meldingen" value="1" checked={filter.reported} />
          <label for="work-reported">{w.reported}</label>
        </div>
        <button type="submit">{w.filter}</button>
      </form>
      {reportsCapped && <p class="muted">{w.reportsCapped}</p>}
      <p role="status">{w.count(count, total)}</p>
      {page.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={w.title} tabindex={0}>
          <table class="data work-list">
            <caption>{w.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.curator.entry}</th>
                <th scope="col">{w.type}</th>
                <th scope="col">{w.status}</th>
                <th scope="col">{w.owner}</th>
                <th scope="col">{w.verifiedAt}</th>
                <th scope="col">{w.reports}</th>
                <th scope="col">{t.curator.updatedAt}</th>
              </tr>
            </thead>
            <tbody>
              {page.map(({ entity, entry, title, verifiedAt, reports }) => (
                <tr>
                  <th scope="row">
                    <a href={ui.href(curatorPaths.entry(entity, entry.id))}>{title}</a>
                  </th>
                  <td>{t.entities[entity.type] ?? entity.type}</td>
                  <td>{ui.label('ENTRY_STATUS', entry.entryStatus)}</td>
                  <td>{entry.owner?.name ?? t.curator.unclaimed}</td>
                  <td>{verifiedAt === undefined ? '' : verifiedAt ? <time datetime={verifiedAt}>{ui.date(verifiedAt)}</time> : w.never}</td>
                  <td>{reports > 0 ? <a href={`${ui.href(curatorPaths.home)}#reports`}>{w.reportCount(reports)}</a> : ''}</td>
                  <td>
                    <time datetime={entry.updatedAt}>{ui.date(entry.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextQuery && (
        <p>
          <a href={`${ui.href(curatorPaths.work)}?${nextQuery}`} rel="next">
            {w.next}
          </a>
        </p>
      )}
    </>
  );
}
