/** The shapes the exports read from the public API (the web's export-*.graphql documents select exactly these). */
export interface Localized {
  nl: string;
  en?: string | null;
}
export interface LocalizedList {
  nl: string[];
  en?: string[] | null;
}
export interface Source {
  url: string;
  title?: string | null;
}
export interface IdRef {
  id: string;
}

export interface ExportTool {
  id: string;
  name: string;
  summary: Localized;
  description?: Localized | null;
  homepage: string;
  repository?: string | null;
  license: { expression: string; osiApproved: boolean };
  categories: { id: string; publiccode?: string | null }[];
  platforms: string[];
  sectors: string[];
  hosting: string[];
  languages: string[];
  developmentStatus: string;
  maintenance?: string | null;
  features?: LocalizedList | null;
  replaces: { fit: string; notes?: Localized | null; product: IdRef }[];
  standards: IdRef[];
  facilities: IdRef[];
  curatedBy?: IdRef | null;
  sources: Source[];
  certainty: string;
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); null when never. */
  verifiedAt?: string | null;
  updatedAt: string;
}

export interface ExportProduct {
  id: string;
  name: string;
  vendor: string;
  vendorCountry: string;
  aliases: string[];
  category: IdRef;
  homepage: string;
  summary: Localized;
  discontinued: boolean;
  sources: Source[];
  certainty: string;
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); null when never. */
  verifiedAt?: string | null;
}

export interface ExportFacility {
  id: string;
  name: string;
  acronym?: string | null;
  kind: string;
  status: string;
  /** Null once the operating organisation is archived (the API no longer names it publicly). */
  operator: IdRef | null;
  partners: IdRef[];
  sectors: string[];
  homepage?: string | null;
  summary: Localized;
  description?: Localized | null;
  howToConnect?: Localized | null;
  dependsOn: IdRef[];
  standards: IdRef[];
  sources: Source[];
  certainty: string;
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); null when never. */
  verifiedAt?: string | null;
  updatedAt: string;
}

export interface ExportStandard {
  id: string;
  name: string;
  acronym?: string | null;
  /** Null once the maintaining organisation is archived. */
  maintainer: (IdRef & { name?: string }) | null;
  domain: string;
  summary: Localized;
  description?: Localized | null;
  specificationUrl?: string | null;
  sectors: string[];
  international: boolean;
  versions: { version: string; status: string; date?: string | null }[];
  dutchStatus?: unknown;
  sources: Source[];
  certainty: string;
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); null when never. */
  verifiedAt?: string | null;
  updatedAt: string;
}

export interface ExportOrganisation {
  id: string;
  name: string;
  shortName?: string | null;
  kind: string;
  homepage: string;
  country?: string | null;
  summary: Localized;
  sources: Source[];
  certainty: string;
  /** When the entry's facts were last checked against its sources (YYYY-MM-DD); null when never. */
  verifiedAt?: string | null;
}

export interface ExportCategory {
  id: string;
  name: Localized;
  publiccode?: string | null;
  sources: Source[];
  certainty: string;
  verifiedAt?: string | null;
}

/** A tool ready to use from a provider (the schools subgraph). */
export interface ExportOffering {
  id: string;
  tool: IdRef;
  provider: IdRef;
  sectors: string[];
  dataLocation: { country?: string | null; withinEu?: boolean | null };
  processorAgreement: string;
  signIn: string[];
  price: { kind: string; amount?: number | null; currency?: string | null; asOf?: string | null };
  url: string;
  sources: Source[];
  certainty: string;
  verifiedAt?: string | null;
  updatedAt: string;
}

/** What curators advise instead of a product in one sector (the schools subgraph); id `<product>--<sector>`. */
export interface ExportAdvice {
  id: string;
  product: IdRef;
  sector: string;
  recommended: IdRef[];
  alsoConsider: IdRef[];
  summary: Localized;
  reasons: string[];
  caveats: string[];
  sources: Source[];
  certainty: string;
  verifiedAt?: string | null;
  updatedAt: string;
}

export interface EntityTypes {
  tools: ExportTool;
  products: ExportProduct;
  facilities: ExportFacility;
  standards: ExportStandard;
  organisations: ExportOrganisation;
  categories: ExportCategory;
  offerings: ExportOffering;
  advice: ExportAdvice;
}
export type EntityType = keyof EntityTypes;
export const ENTITY_TYPES: EntityType[] = ['tools', 'products', 'facilities', 'standards', 'organisations', 'categories', 'offerings', 'advice'];

/** Where an export reads entities: pages of the public API, in a stable order, one page at a time. */
export type EntitySource = <T extends EntityType>(type: T) => AsyncIterable<EntityTypes[T][]>;

/** The data licence stated inside every export. */
export const DATA_LICENSE = {
  id: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  note: 'Facts of the catalogue; every entry lists its sources. Harvested facts keep their source attribution.',
} as const;
