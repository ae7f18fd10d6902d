/** An organisation: the facilities it runs, the standards it maintains and the tools its curators keep. */
import type { OrganisationPage as OrganisationData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { Facts } from '../components/facts.tsx';
import { EntryHeader, RelationSections } from '../components/entry.tsx';
import { ExternalLink } from '../components/links.tsx';
import { Provenance } from '../components/provenance.tsx';
import { useUi } from '../ui.ts';

export function OrganisationPage({ organisation }: { organisation: OrganisationData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <article>
      <EntryHeader name={organisation.name} alias={organisation.shortName} summary={organisation.summary} />
      <Facts
        items={[
          [t.organisation.kind, ui.label('ORGANISATION_KIND', organisation.kind)],
          [t.organisation.country, organisation.country],
          [t.tool.homepage, <ExternalLink href={organisation.homepage} />],
        ]}
      />
      <RelationSections
        relations={[
          { id: 'facilities', title: t.organisation.facilities, items: organisation.facilities, to: paths.facility, archived: organisation.archivedFacilities },
          {
            id: 'standards',
            title: t.organisation.standards,
            items: organisation.maintainedStandards,
            to: paths.standard,
            archived: organisation.archivedMaintainedStandards,
          },
          { id: 'tools', title: t.organisation.tools, items: organisation.curatedTools, to: paths.tool, archived: organisation.archivedCuratedTools },
        ]}
      />
      <Provenance entry={organisation} />
    </article>
  );
}
