/** A standard: who maintains it, its versions, its Dutch status, and the facilities and tools that use it. */
import type { StandardPage as StandardData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { Facts } from '../components/facts.tsx';
import { EntryHeader, RelationSections, Section } from '../components/entry.tsx';
import { EnumList, ExternalLink, InlineRefs } from '../components/links.tsx';
import { Paragraph } from '../components/localized.tsx';
import { Provenance } from '../components/provenance.tsx';
import { useUi } from '../ui.ts';

function DutchStatus({ standard }: { standard: StandardData }) {
  const ui = useUi();
  const { t } = ui;
  const forum = standard.dutchStatus.forumStandaardisatie;
  const edu = standard.dutchStatus.edustandaard;
  return (
    <Facts
      items={[
        [
          t.standard.forum,
          forum
            ? `${ui.label('FORUM_STATUS', forum.status)}${forum.entry ? ` — ${forum.entry}` : ''}${forum.since ? ` (${t.standard.forumSince(forum.since)})` : ''}`
            : t.standard.notListed,
        ],
        [
          t.standard.edustandaard,
          edu
            ? [
                edu.beheerstatus && `${t.standard.beheerstatus}: ${ui.label('EDUSTANDAARD_BEHEERSTATUS', edu.beheerstatus)}`,
                edu.gebruiksadvies && `${t.standard.gebruiksadvies}: ${ui.label('EDUSTANDAARD_ADVIES', edu.gebruiksadvies)}`,
                edu.werkingsgebied.length > 0 && `${t.standard.werkingsgebied}: ${edu.werkingsgebied.join(', ')}`,
              ]
                .filter(Boolean)
                .join('; ')
            : t.standard.notListed,
        ],
      ]}
    />
  );
}

export function StandardPage({ standard }: { standard: StandardData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <article>
      <EntryHeader name={standard.name} alias={standard.acronym} summary={standard.summary} />
      <Facts
        items={[
          [t.standard.domain, ui.label('STANDARD_DOMAIN', standard.domain)],
          [t.standard.maintainer, <InlineRefs items={[standard.maintainer]} to={paths.organisation} unnamed={!standard.maintainer} />],
          [t.standard.reach, standard.international ? t.standard.international : t.standard.dutch],
          [t.tool.sectors, standard.sectors.length > 0 && <EnumList name="SECTOR" values={standard.sectors} />],
          [t.standard.specification, standard.specificationUrl && <ExternalLink href={standard.specificationUrl} />],
        ]}
      />
      <Paragraph value={standard.description} />
      <Section id="dutch-status" title={t.standard.dutchStatus}>
        <DutchStatus standard={standard} />
      </Section>
      {standard.versions.length > 0 && (
        <Section id="versions" title={t.standard.versions}>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t.standard.version}</th>
                <th scope="col">{t.standard.versionStatus}</th>
                <th scope="col">{t.standard.versionDate}</th>
              </tr>
            </thead>
            <tbody>
              {standard.versions.map((v) => (
                <tr>
                  <td>{v.version}</td>
                  <td>{ui.label('VERSION_STATUS', v.status)}</td>
                  <td>{v.date ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <RelationSections
        relations={[
          { id: 'implemented-by', title: t.standard.implementedBy, items: standard.implementedBy, to: paths.tool, archived: standard.archivedImplementedBy },
          {
            id: 'used-by',
            title: t.standard.usedByFacilities,
            items: standard.usedByFacilities,
            to: paths.facility,
            archived: standard.archivedUsedByFacilities,
          },
        ]}
      />
      <Provenance entry={standard} updatedAt={standard.updatedAt} />
    </article>
  );
}
