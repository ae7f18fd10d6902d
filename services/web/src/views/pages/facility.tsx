/** A national facility: who runs it, how to connect, what it builds on, the standards it uses and tools that work with it. */
import type { FacilityPage as FacilityData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { Facts } from '../components/facts.tsx';
import { EntryHeader, RelationSections, Section } from '../components/entry.tsx';
import { EnumList, ExternalLink, InlineRefs } from '../components/links.tsx';
import { Paragraph } from '../components/localized.tsx';
import { Provenance } from '../components/provenance.tsx';
import { useUi } from '../ui.ts';

export function FacilityPage({ facility }: { facility: FacilityData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <article>
      <EntryHeader name={facility.name} alias={facility.acronym} summary={facility.summary} />
      <Facts
        items={[
          [t.facility.kind, ui.label('FACILITY_KIND', facility.kind)],
          [t.facility.status, ui.label('FACILITY_STATUS', facility.status)],
          [t.facility.operator, <InlineRefs items={[facility.operator]} to={paths.organisation} archived={[facility.archivedOperator]} />],
          [
            t.facility.partners,
            facility.partners.length + facility.archivedPartners.length > 0 && (
              <InlineRefs items={facility.partners} to={paths.organisation} archived={facility.archivedPartners} />
            ),
          ],
          [t.tool.sectors, facility.sectors.length > 0 && <EnumList name="SECTOR" values={facility.sectors} />],
          [t.tool.homepage, facility.homepage && <ExternalLink href={facility.homepage} />],
        ]}
      />
      <Paragraph value={facility.description} />
      {facility.howToConnect && (
        <Section id="connect" title={t.facility.howToConnect}>
          <Paragraph value={facility.howToConnect} />
        </Section>
      )}
      <RelationSections
        relations={[
          { id: 'standards', title: t.facility.standards, items: facility.standards, to: paths.standard },
          { id: 'tools', title: t.facility.compatibleTools, items: facility.compatibleTools, to: paths.tool, archived: facility.archivedCompatibleTools },
          { id: 'depends-on', title: t.facility.dependsOn, items: facility.dependsOn, to: paths.facility, archived: facility.archivedDependsOn },
          { id: 'dependents', title: t.facility.dependents, items: facility.dependents, to: paths.facility, archived: facility.archivedDependents },
        ]}
      />
      <Provenance entry={facility} updatedAt={facility.updatedAt} />
    </article>
  );
}
