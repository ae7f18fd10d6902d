/** zod schemas of the seed files (see ../FORMAT.md); loading refuses anything they do not accept. */
import { z } from 'zod';
import { analyseLicense } from './license.ts';
import * as v from './vocabulary.ts';

/** Entity ids and organisation names in tokens: lowercase slugs (`entree-federatie`), stable and safe in URLs. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG, 'must be a lowercase slug like "entree-federatie"');
export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().trim().min(1).max(4000);
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const localized = (text: z.ZodString) => z.strictObject({ nl: text, en: text.optional() });
const localizedList = z.strictObject({ nl: z.array(shortText), en: z.array(shortText).optional() });

export const spdxExpression = z.string().superRefine((value, ctx) => {
  try {
    analyseLicense(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Dutch and English text of an uncertainty note, naming the field in words. */
export const bilingualNote = z.strictObject({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
export type UncertaintyNote = { nl?: string | undefined; en: string };

/**
 * Tools are being rewritten in parallel, so a tool may still carry a plain-string note (the older
 * format, English only); it is read as `{ en }`. Every other entry must give Dutch and English.
 * Every seeded tool file is bilingual (test/tools-provenance.test.ts); curation drafts of tools may still be English-only.
 */
export const legacyNote = z.union([
  z
    .string()
    .trim()
    .min(1)
    .transform((en): UncertaintyNote => ({ en })),
  z.strictObject({ nl: z.string().trim().min(1).optional(), en: z.string().trim().min(1) }),
]);

export const source = z.strictObject({ url, title: z.string().min(1).optional() });
export type Source = z.output<typeof source>;

/** What every entry carries: its sources, how sure they are, what is unsettled and when it was checked. */
export const provenanceOf = <N extends z.ZodType<UncertaintyNote>, V extends z.ZodType<string | undefined>>(note: N, verifiedAt: V) => ({
  sources: z.array(source).min(1),
  certainty: z.enum(v.CERTAINTIES),
  uncertainties: z.array(z.strictObject({ field: z.string().min(1), note })).default([]),
  /** The date the entry's facts were last checked against its sources (not when it was last edited). */
  verifiedAt,
});
const provenance = provenanceOf(bilingualNote, isoDate);
/** Tools: `verifiedAt` optional and English-only notes read, until the tool files are all updated. */
const toolProvenance = provenanceOf(legacyNote, isoDate.optional());

const sectors = z.array(z.enum(v.SECTORS)).default([]);

export const categorySeed = z.strictObject({
  id: slug,
  name: z.strictObject({ nl: shortText, en: shortText }),
  publiccode: z.string().min(1).optional(),
  ...provenance,
});

/** When a product was (or will be) ended, and the page that says so. */
export const discontinuation = z.strictObject({ date: partialDate, source, note: localized(longText).optional() });
export type Discontinuation = z.output<typeof discontinuation>;

export const productSeed = z.strictObject({
  id: slug,
  name: shortText,
  vendor: shortText,
  vendorCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  aliases: z.array(shortText).default([]),
  category: slug,
  homepage: url,
  summary: localized(shortText),
  /** `true`, or when and where the end was announced: `{ date: 2026-10, source: { url, title } }`. */
  discontinued: z.union([z.boolean(), discontinuation]).default(false),
  ...provenance,
});

export const licenseSeed = z.strictObject({
  expression: spdxExpression,
  scope: z.enum(v.LICENSE_SCOPES).default('CODE'),
  osiApproved: z.boolean().optional(),
  components: z.array(z.strictObject({ scope: z.enum(v.LICENSE_SCOPES), expression: spdxExpression, note: localized(longText).optional() })).default([]),
  caveats: z.array(z.strictObject({ kind: z.enum(v.LICENSE_CAVEATS), note: localized(longText) })).default([]),
  history: z.array(z.strictObject({ expression: spdxExpression, until: partialDate })).default([]),
  /** Why no source of the tool points at a licence file, SPDX header or package manifest. */
  noLicenseFile: localized(longText).optional(),
});

/** A tool as a replacement for a product (inside a tool's `replaces`, with `tool` implied). */
export const replacementSeed = z.strictObject({ product: slug, fit: z.enum(v.FITS), notes: localized(longText).optional() });
export const alternativeSeed = replacementSeed.extend({ tool: slug });

export const toolSeed = z.strictObject({
  id: slug,
  name: shortText,
  summary: localized(shortText),
  description: localized(longText).optional(),
  homepage: url,
  repository: url.optional(),
  license: licenseSeed,
  categories: z.array(slug).min(1),
  platforms: z.array(z.enum(v.PLATFORMS)).default([]),
  sectors,
  hosting: z.array(z.enum(v.HOSTING_OPTIONS)).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag like "nl"')).default([]),
  developmentStatus: z.enum(v.DEVELOPMENT_STATUSES),
  maintenance: z.enum(v.MAINTENANCE_TYPES).optional(),
  /** Who maintains it, as the project's own site or repository names them (one of `sources` says so). */
  maintainer: shortText.optional(),
  features: localizedList.optional(),
  privacy: z
    .strictObject({
      dataLocation: localized(longText).optional(),
      processorAgreement: localized(longText).optional(),
      privacyconvenant: z.boolean().nullable().default(null),
      notes: localized(longText).optional(),
    })
    .optional(),
  accessibility: localized(longText).optional(),
  standards: z.array(slug).default([]),
  facilities: z.array(slug).default([]),
  replaces: z.array(replacementSeed).default([]),
  ...toolProvenance,
});

export const organisationSeed = z.strictObject({
  id: slug,
  name: shortText,
  shortName: shortText.optional(),
  kind: z.enum(v.ORGANISATION_KINDS),
  homepage: url,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .optional(),
  summary: localized(shortText),
  ...provenance,
});

export const facilitySeed = z.strictObject({
  id: slug,
  name: shortText,
  acronym: shortText.nullable().optional(),
  kind: z.enum(v.FACILITY_KINDS),
  status: z.enum(v.FACILITY_STATUSES),
  operator: slug,
  partners: z.array(slug).default([]),
  sectors,
  homepage: url.optional(),
  summary: localized(shortText),
  description: localized(longText).optional(),
  howToConnect: localized(longText).optional(),
  dependsOn: z.array(slug).default([]),
  standards: z.array(slug).default([]),
  ...provenance,
});

export const standardSeed = z.strictObject({
  id: slug,
  name: shortText,
  acronym: shortText.nullable().optional(),
  maintainer: slug,
  domain: z.enum(v.STANDARD_DOMAINS),
  summary: localized(shortText),
  description: localized(longText).optional(),
  specificationUrl: url.optional(),
  sectors,
  international: z.boolean().default(false),
  versions: z.array(z.strictObject({ version: z.string().min(1), status: z.enum(v.VERSION_STATUSES), date: partialDate.optional() })).default([]),
  dutchStatus: z
    .strictObject({
      forumStandaardisatie: z.strictObject({ status: z.enum(v.FORUM_STATUSES), entry: z.string().min(1).optional(), since: partialDate.optional() }).optional(),
      edustandaard: z
        .strictObject({
          beheerstatus: z.enum(v.EDUSTANDAARD_BEHEERSTATUSES).optional(),
          gebruiksadvies: z.enum(v.EDUSTANDAARD_ADVIEZEN).nullable().optional(),
          werkingsgebied: z.array(z.enum(v.WERKINGSGEBIEDEN)).default([]),
        })
        .optional(),
    })
    .default({}),
  ...provenance,
});

export type CategorySeed = z.output<typeof categorySeed>;
export type ProductSeed = z.output<typeof productSeed>;
export type ToolSeed = z.output<typeof toolSeed>;
export type LicenseSeed = z.output<typeof licenseSeed>;
export type OrganisationSeed = z.output<typeof organisationSeed>;
export type FacilitySeed = z.output<typeof facilitySeed>;
export type StandardSeed = z.output<typeof standardSeed>;
export type UncertaintySeed = { field: string; note: UncertaintyNote };
