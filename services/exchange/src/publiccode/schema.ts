/**
 * publiccode.yml as the reference parser (italia/publiccode-parser-go v5) accepts it, in zod: strict
 * keys, closed vocabularies, every language block complete, conditional maintenance keys. There is
 * no JS validator on npm, so this schema is both our export check and our import gate.
 */
import { spdxExpression } from '@edu-catalogus/seeds';
import { z } from 'zod';
import * as v from './vocabularies.ts';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** BCP 47 in the shape the parser checks (language, optional script, region, variants). */
const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?(-[a-zA-Z0-9]{5,8})*$/, 'must be a BCP 47 language tag');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case');
const chars = (s: string) => [...s].length;
const text = (min: number, max: number) =>
  z.string().refine((s) => chars(s) >= min && chars(s) <= max, { message: `must be ${min === 1 ? `at most ${max}` : `${min} to ${max}`} characters` });

const description = z.strictObject({
  localisedName: z.string().optional(),
  genericName: z.string().optional(),
  shortDescription: text(1, 150),
  longDescription: text(150, 10000),
  features: z.array(z.string().min(1)).min(1),
  documentation: url.optional(),
  apiDocumentation: url.optional(),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(url).optional(),
  awards: z.array(z.string()).optional(),
});

const dependency = z.strictObject({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});
const dependencies = z.array(dependency).optional();

const contact = z.strictObject({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional(), affiliation: z.string().optional() });
const contractor = z.strictObject({ name: z.string().min(1), until: date, email: z.email().optional(), website: url.optional() });

/** The conditional keys sit on the maintenance object, so they are checked even when other keys fail. */
const maintenance = z
  .strictObject({ type: z.enum(v.MAINTENANCE_TYPES), contractors: z.array(contractor).optional(), contacts: z.array(contact).optional() })
  .superRefine(({ type, contractors, contacts }, ctx) => {
    if (type === 'contract' && !contractors?.length)
      ctx.addIssue({ code: 'custom', path: ['contractors'], message: 'is required when maintenance.type is contract' });
    if (type !== 'contract' && contractors)
      ctx.addIssue({ code: 'custom', path: ['contractors'], message: 'is only allowed when maintenance.type is contract' });
    if ((type === 'internal' || type === 'community') && !contacts?.length)
      ctx.addIssue({ code: 'custom', path: ['contacts'], message: `is required when maintenance.type is ${type}` });
  });

export const publiccodeSchema = z.strictObject({
  publiccodeYmlVersion: z.enum(v.VERSIONS, { error: 'must be a quoted version string such as "0"' }),
  name: z.string().min(1),
  applicationSuite: z.string().optional(),
  url,
  landingURL: url.optional(),
  isBasedOn: z.union([url, z.array(url)]).optional(),
  softwareVersion: z.string().optional(),
  releaseDate: date.optional(),
  logo: z.string().optional(),
  monochromeLogo: z.string().optional(),
  platforms: z.array(z.string().min(1)).min(1),
  categories: z.array(z.enum(v.CATEGORIES)).optional(),
  usedBy: z.array(z.string()).optional(),
  roadmap: url.optional(),
  fundedBy: z.array(z.strictObject({ name: z.string().min(1), uri: url.optional() })).optional(),
  developmentStatus: z.enum(v.DEVELOPMENT_STATUSES),
  softwareType: z.enum(v.SOFTWARE_TYPES),
  supports: z
    .array(
      z.strictObject({
        id: z
          .string()
          .refine(
            (id) => (id.startsWith('alias:') ? (v.SUPPORT_ALIASES as readonly string[]).includes(id.slice(6)) : URL.canParse(id)),
            'must be a known alias:<name> or a URI',
          ),
      }),
    )
    .optional(),
  organisation: z.strictObject({ uri: z.string().refine((s) => URL.canParse(s), 'must be a URI'), name: z.string().optional() }).optional(),
  intendedAudience: z
    .strictObject({ countries: z.array(country).optional(), unsupportedCountries: z.array(country).optional(), scope: z.array(z.enum(v.SCOPES)).optional() })
    .optional(),
  description: z.record(bcp47, description).refine((d) => Object.keys(d).length >= 1, 'needs at least one language'),
  legal: z.strictObject({
    license: spdxExpression,
    mainCopyrightOwner: z.string().optional(),
    repoOwner: z.string().optional(),
    authorsFile: z.string().optional(),
  }),
  maintenance,
  localisation: z.strictObject({ localisationReady: z.boolean(), availableLanguages: z.array(bcp47).min(1) }),
  dependsOn: z.strictObject({ open: dependencies, proprietary: dependencies, hardware: dependencies }).optional(),
  inputTypes: z.array(z.string()).optional(),
  outputTypes: z.array(z.string()).optional(),
  it: z.unknown().optional(),
  IT: z.unknown().optional(),
});

export type Publiccode = z.infer<typeof publiccodeSchema>;
