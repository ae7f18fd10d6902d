/**
 * Seed schemas of the schools subgraph (see ../FORMAT.md): offerings ("direct te gebruiken": a tool run
 * ready to use by a provider) and advice (per product and sector, what curators recommend instead).
 * Unknowns stay unknown: `processorAgreement: UNKNOWN`, no `country`, no `amount`; the reason goes in `uncertainties`.
 */
import { z } from 'zod';
import { bilingualNote, isoDate, localized, longText, partialDate, provenanceOf, slug, url } from './schema.ts';
import { SECTORS } from './vocabulary.ts';

export const SIGN_IN_OPTIONS = ['ENTREE', 'SURFCONEXT', 'EDUID', 'LOCAL', 'OTHER'] as const;
export const PROCESSOR_AGREEMENTS = ['YES', 'NO', 'UNKNOWN'] as const;
export const PRICE_KINDS = ['FREE', 'PER_PUPIL', 'PER_SCHOOL', 'ON_REQUEST'] as const;
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** Every uncertainty note of an offering or advice gives Dutch and English (`{ nl, en }`); a plain English string is refused. */
const provenance = provenanceOf(bilingualNote, isoDate);

export const offeringSeed = z.strictObject({
  id: slug,
  tool: slug,
  /** An organisation id (organisations/). */
  provider: slug,
  sectors: z.array(z.enum(SECTORS)).default([]),
  /** Where the data is kept; a field left out is not known. */
  dataLocation: z.strictObject({ country: country.optional(), withinEu: z.boolean().optional() }).default({}),
  /** Whether a processor agreement on the Privacyconvenant model is available. */
  processorAgreement: z.enum(PROCESSOR_AGREEMENTS),
  signIn: z.array(z.enum(SIGN_IN_OPTIONS)).default([]),
  price: z.strictObject({
    kind: z.enum(PRICE_KINDS),
    amount: z.number().nonnegative().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
      .optional(),
    asOf: partialDate.optional(),
  }),
  url,
  ...provenance,
});

export const adviceSeed = z.strictObject({
  /** `<product>--<sector in lower case>`. */
  id: z.string().regex(/^[a-z0-9-]+--(po|so|vo|mbo|ho)$/, 'must be "<product>--<sector in lower case>"'),
  product: slug,
  sector: z.enum(SECTORS),
  /** The recommended tools, one or a combination. */
  recommend: z.array(slug).min(1),
  /** Tools worth a look besides the recommendation. */
  alsoConsider: z.array(slug).default([]),
  summary: localized(longText),
  reasons: z.array(longText).min(1),
  caveats: z.array(longText).default([]),
  ...provenance,
});

export type OfferingSeed = z.output<typeof offeringSeed>;
export type AdviceSeed = z.output<typeof adviceSeed>;
export const adviceId = (product: string, sector: string) => `${product}--${sector.toLowerCase()}`;
