/** A licence in plain words: open source or not, what kind, and the caveats a school should know. */
import type { LicenseDetails } from '../../gateway/types.ts';
import { licenseFamilies, licenseIds, licenseVerdict, spdxUrl } from '../../lib/license-words.ts';
import { ExternalLink } from './links.tsx';
import { Text } from './localized.tsx';
import { useUi } from '../ui.ts';

/** The expression with each SPDX id linked to its licence text. */
export function LicenseExpression({ expression }: { expression: string }) {
  const ids = new Set(licenseIds(expression));
  const parts = expression.split(/([A-Za-z0-9.+-]+)/);
  return (
    <code class="license-expression">
      {parts.map((part) => {
        const url = ids.has(part) ? spdxUrl(part) : null;
        return url ? <ExternalLink href={url}>{part}</ExternalLink> : part;
      })}
    </code>
  );
}

/** What the licence means for a school, with the SPDX expression behind a disclosure. */
export function LicenseWords({ license }: { license: { expression: string; osiApproved: boolean; caveats: { kind: string }[] } }) {
  const { t } = useUi();
  const { verdict, paidParts, contentNotFree, relicensed } = licenseVerdict(license);
  return (
    <div class="license-words">
      <p class={verdict === 'notOpen' ? 'warning' : undefined}>
        {t.license.words[verdict]}
        {paidParts && ` ${t.license.paidParts}`}
        {contentNotFree && ` ${t.license.contentNotFree}`}
      </p>
      {relicensed && <p class="license-changed">{t.license.changed}</p>}
      <details class="license-spdx">
        <summary>{t.license.expression}</summary>
        <LicenseExpression expression={license.expression} />
      </details>
    </div>
  );
}

export function LicenseSummary({ license }: { license: LicenseDetails }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <div class="license">
      <LicenseWords license={license} />
      {license.scope && (
        <p>
          {t.license.scope} {ui.label('LICENSE_SCOPE', license.scope)}
        </p>
      )}
      <p class={license.osiApproved ? 'osi' : 'warning'}>{license.osiApproved ? t.license.osi : t.license.notOsi}</p>
      <ul class="license-families">
        {licenseFamilies(license.expression).map((family) => (
          <li>{t.license.families[family]}</li>
        ))}
      </ul>
      {license.caveats.length > 0 && (
        <>
          <h3>{t.license.caveats}</h3>
          <ul class="caveats">
            {license.caveats.map((caveat) => (
              <li>
                <strong>{ui.label('LICENSE_CAVEAT', caveat.kind)}</strong>: <Text value={caveat.note} />
              </li>
            ))}
          </ul>
        </>
      )}
      {license.components && license.components.length > 0 && (
        <>
          <h3>{t.license.components}</h3>
          <ul>
            {license.components.map((component) => (
              <li>
                <LicenseExpression expression={component.expression} /> ({t.license.scope} {ui.label('LICENSE_SCOPE', component.scope)})
                {component.note && (
                  <>
                    : <Text value={component.note} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {license.history && license.history.length > 0 && (
        <>
          <h3>{t.license.history}</h3>
          <ul>
            {license.history.map((change) => (
              <li>{t.license.historyItem(change.expression, change.until)}</li>
            ))}
          </ul>
        </>
      )}
      {license.noLicenseFile && (
        <p class="no-license-file">
          {t.license.noLicenseFile}: <Text value={license.noLicenseFile} />
        </p>
      )}
    </div>
  );
}
