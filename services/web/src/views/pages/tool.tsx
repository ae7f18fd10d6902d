/** A tool's page: what it replaces and how well, who offers it ready to use, its licence in plain words, hosting, privacy, standards, facilities, sources. */
import type { ToolPage as ToolData } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { FitBadge } from '../components/badges.tsx';
import { Facts } from '../components/facts.tsx';
import { LicenseSummary } from '../components/license.tsx';
import { EntryHeader, LinkSection, Section } from '../components/entry.tsx';
import { EnumList, ExternalLink } from '../components/links.tsx';
import { Paragraph, Text } from '../components/localized.tsx';
import { Offerings } from '../components/offerings.tsx';
import { Provenance } from '../components/provenance.tsx';
import { Usage } from '../components/usage.tsx';
import { languageNames } from '../../lib/language-names.ts';
import { maintainerOf } from '../../lib/maintainer.ts';
import { useUi } from '../ui.ts';

/**
 * "Moodle HQ · een bedrijf": who maintains it as the data names them (a source says so); without that,
 * the owner of its repository, marked as derived ("moodle (op GitHub; afgeleid uit de broncode-opslag)").
 */
function MaintainedBy({ tool }: { tool: ToolData }) {
  const ui = useUi();
  const kind = tool.maintenance && ui.label('MAINTENANCE', tool.maintenance);
  const lowerKind = kind && ` · ${kind.charAt(0).toLowerCase()}${kind.slice(1)}`;
  if (tool.maintainer)
    return (
      <>
        {tool.maintainer}
        {lowerKind}
      </>
    );
  const who = tool.maintenance === 'NONE' ? null : maintainerOf(tool.repository);
  if (!who) return kind ? <>{kind}</> : null;
  return (
    <>
      <a href={who.url}>{who.name}</a> ({[who.forge && ui.t.tool.onForge(who.forge), ui.t.tool.derivedMaintainer].filter(Boolean).join('; ')}){lowerKind}
    </>
  );
}

function Replaces({ tool }: { tool: ToolData }) {
  const ui = useUi();
  const { t } = ui;
  if (tool.replaces.length + tool.archivedReplaces.length === 0) return <p class="muted">{t.tool.replacesNothing}</p>;
  return (
    <ul class="replaces-list">
      {tool.replaces.map((r) => (
        <li>
          <a href={ui.href(paths.product(r.product.id))}>{r.product.name}</a> <FitBadge fit={r.fit} />
          <Paragraph value={r.notes} />
          {r.reviewedBy && <p class="muted">{t.tool.reviewedBy(r.reviewedBy.name)}</p>}
          <p>
            <a href={ui.href(paths.product(r.product.id))}>{t.tool.compareWith}</a>
          </p>
        </li>
      ))}
      {tool.archivedReplaces.map((product) => (
        <li>
          {product.name} <span class="badge">{t.work.archived}</span>
        </li>
      ))}
    </ul>
  );
}

function PrivacyFacts({ tool }: { tool: ToolData }) {
  const ui = useUi();
  const { t } = ui;
  const privacy = tool.privacy;
  const convenant = privacy?.privacyconvenant;
  return (
    <Facts
      items={[
        [t.tool.dataLocation, privacy?.dataLocation && <Text value={privacy.dataLocation} />],
        [t.tool.processorAgreement, privacy?.processorAgreement && <Text value={privacy.processorAgreement} />],
        [
          t.tool.privacyconvenant,
          convenant === true ? t.tool.privacyconvenantYes : convenant === false ? t.tool.privacyconvenantNo : t.tool.privacyconvenantUnknown,
        ],
        [t.tool.privacyNotes, privacy?.notes && <Text value={privacy.notes} />],
      ]}
    />
  );
}

export function ToolPage({ tool }: { tool: ToolData }) {
  const ui = useUi();
  const { t } = ui;
  const features = ui.list(tool.features);
  return (
    <article>
      <EntryHeader name={tool.name} summary={tool.summary} />
      <Paragraph value={tool.description} />
      <div class="entry-grid">
        <Section id="replaces" title={t.tool.replaces}>
          <Replaces tool={tool} />
        </Section>
        <Section id="offerings" title={t.tool.offerings}>
          <Offerings offerings={tool.offerings} />
        </Section>
        <Section id="usage" title={t.usage.title}>
          <Usage usage={tool.usage} />
        </Section>
        <Section id="license" title={t.tool.license}>
          <LicenseSummary license={tool.license} />
        </Section>
        <Section id="hosting" title={t.tool.hosting}>
          <ul>
            {tool.hosting.map((option) => (
              <li>{ui.label('HOSTING', option)}</li>
            ))}
          </ul>
        </Section>
        <Section id="privacy" title={t.tool.privacy}>
          <PrivacyFacts tool={tool} />
        </Section>
        <LinkSection id="standards" title={t.tool.standards} items={tool.standards} to={paths.standard} />
        <LinkSection id="facilities" title={t.tool.facilities} items={tool.facilities} to={paths.facility} />
      </div>
      {features.length > 0 && (
        <Section id="features" title={t.tool.features}>
          <ul>
            {features.map((feature) => (
              <li lang={ui.lang === 'en' && !tool.features?.en ? 'nl' : undefined}>{feature}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="facts" title={t.tool.facts}>
        <Facts
          items={[
            [t.tool.categories, tool.categories.map((c) => ui.text(c.name)).join(', ')],
            [t.tool.platforms, tool.platforms.length > 0 && <EnumList name="PLATFORM" values={tool.platforms} />],
            [t.tool.sectors, tool.sectors.length > 0 && <EnumList name="SECTOR" values={tool.sectors} />],
            [t.tool.languages, languageNames(tool.languages, ui.lang)],
            [t.tool.developmentStatus, ui.label('DEVELOPMENT_STATUS', tool.developmentStatus)],
            [t.tool.maintenance, (tool.maintenance || tool.maintainer || maintainerOf(tool.repository)) && <MaintainedBy tool={tool} />],
            [t.tool.accessibility, tool.accessibility && <Text value={tool.accessibility} />],
            [t.tool.homepage, <ExternalLink href={tool.homepage} />],
            [t.tool.repository, tool.repository && <ExternalLink href={tool.repository} />],
            [t.tool.curatedBy, tool.curatedBy && <a href={ui.href(paths.organisation(tool.curatedBy.id))}>{tool.curatedBy.name}</a>],
          ]}
        />
      </Section>
      <Provenance entry={tool} updatedAt={tool.updatedAt} />
    </article>
  );
}
