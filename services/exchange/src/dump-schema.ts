/**
 * The schema of the JSON dump (`/export/catalogue.json`), in zod for tests and importers and as JSON
 * Schema (`/export/catalogue.schema.json`) for everyone else.
 */
import { z } from 'zod';

const localized = z.object({ nl: z.string(), en: z.string().nullish() });
const localizedList = z.object({ nl: z.array(z.string()), en: z.array(z.string()).nullish() });
const ref = z.object({ id: z.string() });
const sources = z.array(z.object({ url: z.string(), title: z.string().nullish() }));
const stamp = { sources, certainty: z.string(), verifiedAt: z.string().nullish() };

const tool = z.object({
  id: z.string(),
  name: z.string(),
  summary: localized,
  description: localized.nullish(),
  homepage: z.string(),
  repository: z.string().nullish(),
  license: z.object({ expression: z.string(), osiApproved: z.boolean() }),
  categories: z.array(z.object({ id: z.string(), publiccode: z.string().nullish() })),
  platforms: z.array(z.string()),
  sectors: z.array(z.string()),
  hosting: z.array(z.string()),
  languages: z.array(z.string()),
  developmentStatus: z.string(),
  maintenance: z.string().nullish(),
  features: localizedList.nullish(),
  replaces: z.array(z.object({ fit: z.string(), notes: localized.nullish(), product: ref })),
  standards: z.array(ref),
  facilities: z.array(ref),
  curatedBy: ref.nullish(),
  ...stamp,
  updatedAt: z.string(),
});

const product = z.object({
  id: z.string(),
  name: z.string(),
  vendor: z.string(),
  vendorCountry: z.string(),
  aliases: z.array(z.string()),
  category: ref,
  homepage: z.string(),
  summary: localized,
  discontinued: z.boolean(),
  ...stamp,
});

const facility = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullish(),
  kind: z.string(),
  status: z.string(),
  operator: ref.nullable(),
  partners: z.array(ref),
  sectors: z.array(z.string()),
  homepage: z.string().nullish(),
  summary: localized,
  description: localized.nullish(),
  howToConnect: localized.nullish(),
  dependsOn: z.array(ref),
  standards: z.array(ref),
  ...stamp,
  updatedAt: z.string(),
});

const standard = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullish(),
  maintainer: ref.extend({ name: z.string().optional() }).nullable(),
  domain: z.string(),
  summary: localized,
  description: localized.nullish(),
  specificationUrl: z.string().nullish(),
  sectors: z.array(z.string()),
  international: z.boolean(),
  versions: z.array(z.object({ version: z.string(), status: z.string(), date: z.string().nullish() })),
  dutchStatus: z.unknown(),
  ...stamp,
  updatedAt: z.string(),
});

const organisation = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullish(),
  kind: z.string(),
  homepage: z.string(),
  country: z.string().nullish(),
  summary: localized,
  ...stamp,
});

const category = z.object({ id: z.string(), name: localized, publiccode: z.string().nullish(), ...stamp });

const offering = z.object({
  id: z.string(),
  tool: ref,
  provider: ref,
  sectors: z.array(z.string()),
  dataLocation: z.object({ country: z.string().nullish(), withinEu: z.boolean().nullish() }),
  processorAgreement: z.string(),
  signIn: z.array(z.string()),
  price: z.object({ kind: z.string(), amount: z.number().nullish(), currency: z.string().nullish(), asOf: z.string().nullish() }),
  url: z.string(),
  ...stamp,
  updatedAt: z.string(),
});

const advice = z.object({
  id: z.string(),
  product: ref,
  sector: z.string(),
  recommended: z.array(ref),
  alsoConsider: z.array(ref),
  summary: localized,
  reasons: z.array(z.string()),
  caveats: z.array(z.string()),
  ...stamp,
  updatedAt: z.string(),
});

export const dumpSchema = z.object({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  source: z.string(),
  license: z.object({ id: z.string(), url: z.string(), note: z.string() }),
  tools: z.array(tool),
  products: z.array(product),
  facilities: z.array(facility),
  standards: z.array(standard),
  organisations: z.array(organisation),
  categories: z.array(category),
  // Dumps written before the schools subgraph joined the exports lack these two: read as empty.
  offerings: z.array(offering).default([]),
  advice: z.array(advice).default([]),
});

export type CatalogueDump = z.infer<typeof dumpSchema>;

export const dumpJsonSchema = () => z.toJSONSchema(dumpSchema, { io: 'output' });
