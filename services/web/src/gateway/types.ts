/** The shapes of the data the registered documents select, as the pages read them. */
export interface Localized {
  nl: string;
  en: string | null;
}
export interface LocalizedList {
  nl: string[];
  en: string[] | null;
}
export interface Ref {
  id: string;
  name: string;
  acronym?: string | null;
}
export interface Source {
  url: string;
  title: string | null;
}
export interface Uncertainty {
  field: string;
  /** In English. */
  note: string;
  /** In Dutch and English; null for an older English-only note. */
  text: Localized | null;
}
export interface Provenance {
  sources: Source[];
  certainty: string;
  uncertainties: Uncertainty[];
  /** When the facts were last checked against the sources (YYYY-MM-DD). */
  verifiedAt: string | null;
}
export interface Category {
  id: string;
  name: Localized;
}
export interface Connection<N> {
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

export interface ToolCard {
  id: string;
  name: string;
  summary: Localized;
  license: { expression: string; osiApproved: boolean; caveats: { kind: string }[] };
  hosting: string[];
  platforms: string[];
  sectors: string[];
  categories: Category[];
  replaces: { fit: string; product: Ref }[];
  certainty: string;
  updatedAt: string;
}

export interface Privacy {
  dataLocation: Localized | null;
  processorAgreement: Localized | null;
  privacyconvenant: boolean | null;
  notes?: Localized | null;
}

export interface LicenseDetails {
  expression: string;
  scope?: string;
  osiApproved: boolean;
  components?: { scope: string; expression: string; note: Localized | null }[];
  caveats: { kind: string; note: Localized }[];
  history?: { expression: string; until: string }[];
  /** Why no source points at a licence file (tool page only). */
  noLicenseFile?: Localized | null;
}

export interface ToolCompare extends Provenance {
  id: string;
  name: string;
  summary: Localized;
  license: LicenseDetails;
  hosting: string[];
  platforms: string[];
  sectors: string[];
  languages: string[];
  developmentStatus: string;
  privacy: Privacy | null;
  accessibility: Localized | null;
  standards: Ref[];
  facilities: Ref[];
  replaces: { fit: string; product: Ref }[];
  updatedAt: string;
}

export interface ToolPage extends ToolCompare {
  homepage: string;
  repository: string | null;
  description: Localized | null;
  license: Required<LicenseDetails>;
  categories: Category[];
  maintenance: string | null;
  features: LocalizedList | null;
  replaces: { fit: string; notes: Localized | null; product: Ref & { vendor: string }; reviewedBy: Ref | null }[];
  curatedBy: Ref | null;
  offerings: Offering[];
}

/** What curators advise instead of a product in one sector (schools subgraph). */
export interface Advice {
  id: string;
  summary: Localized;
  recommended: Ref[];
  alsoConsider: Ref[];
  reasons: string[];
  caveats: string[];
  sources: { url: string; title: string | null }[];
  verifiedAt: string | null;
}

/** A tool ready to use from a provider (schools subgraph); null where not known. */
export interface Offering {
  id: string;
  provider: Ref;
  sectors: string[];
  dataLocation: { country: string | null; withinEu: boolean | null };
  processorAgreement: string;
  signIn: string[];
  price: { kind: string; amount: number | null; currency: string | null; asOf: string | null };
  url: string;
}

export interface Facet {
  dimension: string;
  values: { value: string; count: number }[];
}

export interface SearchVocabulary {
  categories: Category[];
  standards: Connection<Ref>;
  facilities: Connection<Ref>;
  products: Connection<Ref>;
}

export interface SearchData extends SearchVocabulary {
  tools: Connection<ToolCard> & { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; facets: Facet[] };
  match?: { product: Ref | null; suggestions?: Ref[] };
  /** Facilities and standards the text names ("entree", "eck id"), shown before the tools. */
  facilityMatches?: Connection<Ref & { summary: Localized }>;
  standardMatches?: Connection<Ref & { summary: Localized }>;
}

export interface ProductPage extends Provenance {
  id: string;
  name: string;
  vendor: string;
  vendorCountry: string;
  aliases: string[];
  homepage: string;
  discontinued: boolean;
  discontinuedOn: string | null;
  discontinuedSource: Source | null;
  discontinuedNote: Localized | null;
  summary: Localized;
  category: Category;
  alternatives: { fit: string; notes: Localized | null; reviewedBy: Ref | null; tool: ToolCard }[];
}

export interface FacilityPage extends Provenance {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  status: string;
  homepage: string | null;
  summary: Localized;
  description: Localized | null;
  howToConnect: Localized | null;
  operator: Ref;
  partners: Ref[];
  sectors: string[];
  dependsOn: Ref[];
  dependents: Ref[];
  standards: Ref[];
  compatibleTools: Ref[];
  updatedAt: string;
}

export interface StandardPage extends Provenance {
  id: string;
  name: string;
  acronym: string | null;
  domain: string;
  international: boolean;
  specificationUrl: string | null;
  summary: Localized;
  description: Localized | null;
  sectors: string[];
  maintainer: Ref;
  versions: { version: string; status: string; date: string | null }[];
  dutchStatus: {
    forumStandaardisatie: { status: string; entry: string | null; since: string | null } | null;
    edustandaard: { beheerstatus: string | null; gebruiksadvies: string | null; werkingsgebied: string[] } | null;
  };
  usedByFacilities: Ref[];
  implementedBy: Ref[];
  updatedAt: string;
}

export interface OrganisationPage extends Provenance {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  homepage: string;
  country: string | null;
  summary: Localized;
  facilities: Ref[];
  maintainedStandards: Ref[];
  curatedTools: Ref[];
}
