/** A national facility: who runs it, how to connect, what it builds on, the standards it uses and tools that work with it. */
import type { FacilityPage as FacilityData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { Facts } from '../components/facts.tsx';
import { EntryHeader, LinkSection, Section } from '../components/entry.tsx';
import { EnumList, ExternalLink } from '../components/links.tsx';
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
          [t.facility.operator, <a href={ui.href(paths.organisation(facility.operator.id))}>{facility.operator.name}</a>],
          [
            t.facility.partners,
            facility.partners.length > 0 &&
              facility.partners.map((p, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={ui.href(paths.organisation(p.id))}>{p.name}</a>
                </>
              )),
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
      <div class="entry-grid">
        <LinkSection id="standards" title={t.facility.standards} items={facility.standards} to={paths.standard} />
        <LinkSection
          id="tools"
          title={t.facility.compatibleTools}
          items={facility.compatibleTools}
          to={paths.tool}
          archived={facility.archivedCompatibleTools}
        />
        <LinkSection id="depends-on" title={t.facility.dependsOn} items={facility.dependsOn} to={paths.facility} archived={facility.archivedDependsOn} />
        <LinkSection id="dependents" title={t.facility.dependents} items={facility.dependents} to={paths.facility} archived={facility.archivedDependents} />
      </div>
      <Provenance entry={facility} updatedAt={facility.updatedAt} />
    </article>
  );
}
