/** A tool's offerings ("direct te gebruiken"): who runs it, where the data stays, processor agreement, price, sign-in. Unknowns say so. */
import type { Offering } from '../../gateway/types.ts';
import { paths } from '../../lib/paths.ts';
import { useUi } from '../ui.ts';
import { Facts } from './facts.tsx';
import { EnumList, ExternalLink } from './links.tsx';

function where(o: Offering, t: ReturnType<typeof useUi>['t']): string {
  const eu = o.dataLocation.withinEu === true ? t.tool.offeringWithinEu : o.dataLocation.withinEu === false ? t.tool.offeringOutsideEu : null;
  if (!o.dataLocation.country && !eu) return t.tool.offeringUnknown;
  return [o.dataLocation.country, eu && `(${eu})`].filter(Boolean).join(' ');
}

function price(o: Offering, label: (value: string) => string): string {
  const amount = o.price.amount != null ? `${o.price.currency ?? ''} ${o.price.amount}`.trim() : null;
  return [label(o.price.kind), amount, o.price.asOf && `(${o.price.asOf})`].filter(Boolean).join(' ');
}

export function Offerings({ offerings }: { offerings: Offering[] }) {
  const ui = useUi();
  const { t } = ui;
  if (offerings.length === 0) return <p class="muted">{t.tool.noOfferings}</p>;
  return (
    <ul class="offerings">
      {offerings.map((o) => (
        <li id={`offering-${o.id}`}>
          <a href={ui.href(paths.organisation(o.provider.id))}>{o.provider.name}</a>
          <Facts
            items={[
              [t.tool.offeringWhere, where(o, t)],
              [t.tool.offeringAgreement, ui.label('PROCESSOR_AGREEMENT', o.processorAgreement)],
              [t.tool.offeringPrice, price(o, (v) => ui.label('PRICE_KIND', v))],
              [t.tool.offeringSignIn, o.signIn.length > 0 ? <EnumList name="SIGN_IN" values={o.signIn} /> : t.tool.offeringUnknown],
              [t.tool.offeringSectors, o.sectors.length > 0 && <EnumList name="SECTOR" values={o.sectors} />],
              [t.tool.offeringLink, <ExternalLink href={o.url} />],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
