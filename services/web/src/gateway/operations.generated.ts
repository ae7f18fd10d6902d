/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How well the facts of an entry are confirmed by its sources. */
export type Certainty =
  | 'CONFIRMED'
  | 'PROBABLE'
  | 'UNCERTAIN';

export type DevelopmentStatus =
  | 'BETA'
  | 'CONCEPT'
  | 'DEVELOPMENT'
  | 'OBSOLETE'
  | 'STABLE';

export type EdustandaardAdvies =
  | 'AANGERADEN'
  /** Onder voorwaarden: use it where its conditions apply. */
  | 'ONDER_VOORWAARDEN'
  | 'OPTIONEEL'
  | 'VERPLICHT';

export type EdustandaardBeheerstatus =
  | 'GEREGISTREERD'
  | 'IN_BEHEER'
  | 'IN_ONTWIKKELING'
  | 'UIT_BEHEER';

export type FacilityKind =
  | 'AGREEMENT_SYSTEM'
  | 'CONNECTIVITY'
  | 'CONTENT_PLATFORM'
  | 'COVENANT'
  | 'IDENTITY_FEDERATION'
  | 'METADATA_INDEX'
  | 'NORM_FRAMEWORK'
  | 'PROCUREMENT'
  | 'PSEUDONYMISATION'
  | 'REGISTER'
  | 'SERVICE_CENTRE'
  | 'STANDARDS_PLATFORM';

export type FacilityStatus =
  | 'LIVE'
  | 'PILOT'
  | 'PLANNED'
  | 'RETIRED';

export type Fit =
  /** Covers what schools use the product for. */
  | 'FULL'
  /** Covers part of it; the notes say what is missing. */
  | 'PARTIAL';

export type ForumStatus =
  | 'AANBEVOLEN'
  | 'ARCHIEF'
  | 'IN_BEHANDELING'
  | 'VERPLICHT';

export type HostingOption =
  | 'DESKTOP'
  | 'SAAS_EU'
  | 'SAAS_NL'
  | 'SAAS_OTHER'
  | 'SELF_HOSTED';

export type LicenseCaveatKind =
  | 'ADDITIONAL_TERMS'
  | 'NON_COMMERCIAL_PARTS'
  | 'OPEN_CORE'
  | 'PER_COMPONENT'
  | 'RELICENSED'
  | 'SERVICE_NOT_OPEN';

/** What a school should know beyond the licence family. */
export type LicenseCondition =
  /** Content (lessons, media) under a non-commercial or otherwise not free licence. */
  | 'CONTENT_NOT_FREE'
  /** Open core, a hosted service that is not open, or a commercial licence alongside the open one. */
  | 'PAID_PARTS';

export type LicenseScope =
  | 'BINARIES'
  | 'CODE'
  | 'CONTENT'
  | 'SERVICE';

export type Maintenance =
  | 'COMMUNITY'
  | 'COMPANY'
  | 'FOUNDATION'
  | 'NONE';

/** A school's note: waiting for a curator, published, or kept unpublished. */
export type NoteStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type OrganisationKind =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'COOPERATIVE'
  | 'FOUNDATION'
  | 'GOVERNMENT'
  | 'PARTNERSHIP'
  | 'PUBLIC_BODY'
  | 'SECTOR_COUNCIL'
  | 'STANDARDS_BODY';

export type Platform =
  | 'ANDROID'
  | 'CHROMEOS'
  | 'IOS'
  | 'LINUX'
  | 'MACOS'
  | 'WEB'
  | 'WINDOWS';

export type PriceKind =
  | 'FREE'
  | 'ON_REQUEST'
  | 'PER_PUPIL'
  | 'PER_SCHOOL';

/** What a reader reports about a published entry ("meld een fout"): plain text, no account needed. */
export type ProblemReportInput = {
  /** Optional, for a curator's answer; never shown publicly. */
  email?: string | null | undefined;
  /** What is wrong, in plain text (10..2000 characters, no HTML). */
  message: string;
};

/** Whether a processor agreement on the Privacyconvenant model is available; UNKNOWN when no source says. */
export type ProcessorAgreement =
  | 'NO'
  | 'UNKNOWN'
  | 'YES';

/** The twelve Dutch provinces. */
export type Province =
  | 'DRENTHE'
  | 'FLEVOLAND'
  | 'FRIESLAND'
  | 'GELDERLAND'
  | 'GRONINGEN'
  | 'LIMBURG'
  | 'NOORD_BRABANT'
  | 'NOORD_HOLLAND'
  | 'OVERIJSSEL'
  | 'UTRECHT'
  | 'ZEELAND'
  | 'ZUID_HOLLAND';

export type ReportStatus =
  | 'OPEN'
  | 'RESOLVED';

export type SchoolProfileInput = {
  municipality?: string | null | undefined;
  /** 1..200 characters. */
  name: string;
  province?: Province | null | undefined;
  sectors: Array<Sector>;
};

export type Sector =
  | 'HO'
  | 'MBO'
  | 'PO'
  | 'SO'
  | 'VO';

/** How school staff sign in to an offering. */
export type SignInOption =
  | 'EDUID'
  | 'ENTREE'
  | 'LOCAL'
  | 'OTHER'
  | 'SURFCONEXT';

export type StandardDomain =
  | 'ACCESSIBILITY'
  | 'API_DESIGN'
  | 'ASSESSMENT'
  | 'AUTHENTICATION'
  | 'COLLABORATION'
  | 'DATA_EXCHANGE'
  | 'DOCUMENT_FORMAT'
  | 'IDENTITY'
  | 'LEARNING_ANALYTICS'
  | 'LEARNING_CONTENT'
  | 'METADATA'
  | 'SOFTWARE_METADATA'
  | 'TRANSPORT';

/** The ToolFilter fields, as facet dimensions. */
export type ToolDimension =
  | 'CATEGORY'
  | 'DEVELOPMENT_STATUS'
  | 'FACILITY'
  | 'HOSTING'
  | 'LANGUAGE'
  | 'LICENSE'
  | 'LICENSE_CONDITION'
  | 'PLATFORM'
  | 'REPLACES'
  | 'SECTOR'
  | 'STANDARD';

/** Filters combine with AND; the values within one filter with OR. */
export type ToolFilter = {
  category?: Array<string> | null | undefined;
  developmentStatus?: Array<DevelopmentStatus> | null | undefined;
  /** Facility ids. */
  facility?: Array<string> | null | undefined;
  hosting?: Array<HostingOption> | null | undefined;
  /** Only these tools (at most 1000 ids; ids that are not published tools match nothing): a portal's own list, or the tools with an offering (docs/search.md). */
  id?: Array<string> | null | undefined;
  /** BCP 47 language tags. */
  language?: Array<string> | null | undefined;
  /** SPDX ids of OSI-approved licences (`MIT`, `AGPL-3.0-or-later`); a tool counts when its licence as a whole is OSI-approved. */
  license?: Array<string> | null | undefined;
  /** Tools whose licence has these conditions (paid parts, content not free); derived from the licence expression and its caveats. */
  licenseCondition?: Array<LicenseCondition> | null | undefined;
  platform?: Array<Platform> | null | undefined;
  /** Product ids. */
  replaces?: Array<string> | null | undefined;
  sector?: Array<Sector> | null | undefined;
  /** Standard ids. */
  standard?: Array<string> | null | undefined;
};

export type ToolOrder =
  | 'NAME'
  /** Best match first (bm25 over name, replaced products, categories, features, summary, description); NAME without a search. */
  | 'RELEVANCE'
  /** Most recently changed first. */
  | 'UPDATED';

/** A declaration's content; the school is always the token's, never part of the input. */
export type ToolUsageInput = {
  contactable?: boolean;
  namedPublicly?: boolean;
  /** At most 1000 characters; published after a curator approves it. */
  note?: string | null | undefined;
  /** At most 200 characters. */
  purpose?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD, not in the future. */
  since: string;
  /** Tool id (checked with the tools subgraph). */
  tool: string;
};

export type VersionStatus =
  | 'CONCEPT'
  | 'IN_ONTWIKKELING'
  | 'VASTGESTELD'
  | 'VERVALLEN';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type ApproveUsageNoteMutationVariables = Exact<{
  declaration: string;
  version: number;
}>;


export type ApproveUsageNoteMutation = { approveUsageNote: { declaration: string, noteStatus: NoteStatus } };

export type CompareToolsQueryVariables = Exact<{
  a: string;
  b: string;
  c?: string | null | undefined;
  d?: string | null | undefined;
  withC?: boolean | null | undefined;
  withD?: boolean | null | undefined;
}>;


export type CompareToolsQuery = { a: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, languages: Array<string>, developmentStatus: DevelopmentStatus, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }> }, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null, b: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, languages: Array<string>, developmentStatus: DevelopmentStatus, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }> }, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null, c?: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, languages: Array<string>, developmentStatus: DevelopmentStatus, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }> }, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null, d?: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, languages: Array<string>, developmentStatus: DevelopmentStatus, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }> }, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type CuratorSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type CuratorSchemaQuery = { __schema: { types: Array<{ kind: __TypeKind, name: string | null, fields: Array<{ name: string, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } }> | null, inputFields: Array<{ name: string, description: string | null, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } }> | null, enumValues: Array<{ name: string }> | null }> } };

export type CuratorVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type CuratorVocabularyQuery = { categories: Array<{ id: string, name: { nl: string, en: string | null } }>, standards: { edges: Array<{ node: { id: string, name: string } }> }, facilities: { edges: Array<{ node: { id: string, name: string } }> }, organisations: Array<{ id: string, name: string }>, tools: { edges: Array<{ node: { id: string, name: string } }> }, products: { edges: Array<{ node: { id: string, name: string } }> } };

export type DeclareToolUsageMutationVariables = Exact<{
  input: ToolUsageInput;
}>;


export type DeclareToolUsageMutation = { declareToolUsage: { id: string, version: number } };

export type ExportAdviceQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportAdviceQuery = { adviceList: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sector: Sector, reasons: Array<string>, caveats: Array<string>, certainty: Certainty, verifiedAt: string | null, updatedAt: string, product: { id: string }, recommended: Array<{ id: string }>, alsoConsider: Array<{ id: string }>, summary: { nl: string, en: string | null }, sources: Array<{ url: string, title: string | null }> } }> } };

export type ExportFacilitiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportFacilitiesQuery = { facilities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, acronym: string | null, kind: FacilityKind, status: FacilityStatus, sectors: Array<Sector>, homepage: string | null, certainty: Certainty, verifiedAt: string | null, updatedAt: string, operator: { id: string } | null, partners: Array<{ id: string }>, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, howToConnect: { nl: string, en: string | null } | null, dependsOn: Array<{ id: string }>, standards: Array<{ id: string }>, sources: Array<{ url: string, title: string | null }> } }> } };

export type ExportFingerprintQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFingerprintQuery = { tools: { totalCount: number, edges: Array<{ node: { updatedAt: string } }> }, products: { totalCount: number }, facilities: { totalCount: number, edges: Array<{ node: { id: string, updatedAt: string } }> }, standards: { totalCount: number, edges: Array<{ node: { id: string, updatedAt: string } }> }, offerings: { totalCount: number, edges: Array<{ node: { id: string, updatedAt: string } }> }, adviceList: { totalCount: number, edges: Array<{ node: { id: string, updatedAt: string } }> } };

export type ExportOfferingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportOfferingsQuery = { offerings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sectors: Array<Sector>, processorAgreement: ProcessorAgreement, signIn: Array<SignInOption>, url: string, certainty: Certainty, verifiedAt: string | null, updatedAt: string, tool: { id: string }, provider: { id: string }, dataLocation: { country: string | null, withinEu: boolean | null }, price: { kind: PriceKind, amount: number | null, currency: string | null, asOf: string | null }, sources: Array<{ url: string, title: string | null }> } }> } };

export type ExportOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportOrganisationsQuery = { organisations: Array<{ id: string, name: string, shortName: string | null, kind: OrganisationKind, homepage: string, country: string | null, certainty: Certainty, verifiedAt: string | null, summary: { nl: string, en: string | null }, sources: Array<{ url: string, title: string | null }> }>, categories: Array<{ id: string, publiccode: string | null, certainty: Certainty, verifiedAt: string | null, name: { nl: string, en: string | null }, sources: Array<{ url: string, title: string | null }> }> };

export type ExportProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, vendor: string, vendorCountry: string, aliases: Array<string>, homepage: string, discontinued: boolean, certainty: Certainty, verifiedAt: string | null, category: { id: string }, summary: { nl: string, en: string | null }, sources: Array<{ url: string, title: string | null }> } }> } };

export type ExportStandardsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportStandardsQuery = { standards: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, acronym: string | null, domain: StandardDomain, specificationUrl: string | null, sectors: Array<Sector>, international: boolean, certainty: Certainty, verifiedAt: string | null, updatedAt: string, maintainer: { id: string, name: string } | null, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, versions: Array<{ version: string, status: VersionStatus, date: string | null }>, dutchStatus: { forumStandaardisatie: { status: ForumStatus, entry: string | null, since: string | null } | null, edustandaard: { beheerstatus: EdustandaardBeheerstatus | null, gebruiksadvies: EdustandaardAdvies | null, werkingsgebied: Array<string> } | null }, sources: Array<{ url: string, title: string | null }> } }> } };

export type ExportToolQueryVariables = Exact<{
  id: string;
}>;


export type ExportToolQuery = { tool: { id: string, name: string, homepage: string, repository: string | null, platforms: Array<Platform>, sectors: Array<Sector>, hosting: Array<HostingOption>, languages: Array<string>, developmentStatus: DevelopmentStatus, maintenance: Maintenance | null, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, license: { expression: string, osiApproved: boolean }, categories: Array<{ id: string, publiccode: string | null }>, features: { nl: Array<string>, en: Array<string> | null } | null, replaces: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, product: { id: string } }>, standards: Array<{ id: string }>, facilities: Array<{ id: string }>, curatedBy: { id: string } | null, sources: Array<{ url: string, title: string | null }> } | null };

export type ExportToolsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportToolsQuery = { tools: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, homepage: string, repository: string | null, platforms: Array<Platform>, sectors: Array<Sector>, hosting: Array<HostingOption>, languages: Array<string>, developmentStatus: DevelopmentStatus, maintenance: Maintenance | null, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, license: { expression: string, osiApproved: boolean }, categories: Array<{ id: string, publiccode: string | null }>, features: { nl: Array<string>, en: Array<string> | null } | null, replaces: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, product: { id: string } }>, standards: Array<{ id: string }>, facilities: Array<{ id: string }>, curatedBy: { id: string } | null, sources: Array<{ url: string, title: string | null }> } }> } };

export type FacilityListQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityListQuery = { facilities: { edges: Array<{ node: { id: string, name: string, acronym: string | null, kind: FacilityKind, status: FacilityStatus, summary: { nl: string, en: string | null }, operator: { id: string, name: string } | null } }> } };

export type FacilityPageQueryVariables = Exact<{
  id: string;
}>;


export type FacilityPageQuery = { facility: { id: string, name: string, acronym: string | null, kind: FacilityKind, status: FacilityStatus, homepage: string | null, sectors: Array<Sector>, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, howToConnect: { nl: string, en: string | null } | null, operator: { id: string, name: string } | null, archivedOperator: { id: string, name: string, acronym: string | null } | null, partners: Array<{ id: string, name: string }>, archivedPartners: Array<{ id: string, name: string, acronym: string | null }>, dependsOn: Array<{ id: string, name: string, acronym: string | null }>, archivedDependsOn: Array<{ id: string, name: string, acronym: string | null }>, dependents: Array<{ id: string, name: string, acronym: string | null }>, archivedDependents: Array<{ id: string, name: string, acronym: string | null }>, standards: Array<{ id: string, name: string, acronym: string | null }>, compatibleTools: Array<{ id: string, name: string }>, archivedCompatibleTools: Array<{ id: string, name: string }>, sources: Array<{ url: string, title: string | null }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type ExportToolFieldsFragment = { id: string, name: string, homepage: string, repository: string | null, platforms: Array<Platform>, sectors: Array<Sector>, hosting: Array<HostingOption>, languages: Array<string>, developmentStatus: DevelopmentStatus, maintenance: Maintenance | null, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, license: { expression: string, osiApproved: boolean }, categories: Array<{ id: string, publiccode: string | null }>, features: { nl: Array<string>, en: Array<string> | null } | null, replaces: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, product: { id: string } }>, standards: Array<{ id: string }>, facilities: Array<{ id: string }>, curatedBy: { id: string } | null, sources: Array<{ url: string, title: string | null }> };

export type OpenReportFragment = { id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string };

export type SearchVocabularyFragment = { categories: Array<{ id: string, name: { nl: string, en: string | null } }>, standards: { edges: Array<{ node: { id: string, name: string, acronym: string | null } }> }, facilities: { edges: Array<{ node: { id: string, name: string, acronym: string | null } }> }, products: { edges: Array<{ node: { id: string, name: string } }> } };

export type ToolCardFragment = { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, certainty: Certainty, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind }> }, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }> };

export type ToolCompareFragment = { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, languages: Array<string>, developmentStatus: DevelopmentStatus, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }> }, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> };

export type TypeRefFragment = { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { tools: { totalCount: number }, products: { totalCount: number }, categories: Array<{ id: string, name: { nl: string, en: string | null } }> };

export type MySchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type MySchoolQuery = { mySchool: { id: string, name: string, sectors: Array<Sector>, municipality: string | null, province: Province | null, declarations: Array<{ id: string, since: string, purpose: string | null, note: string | null, noteStatus: NoteStatus | null, noteRejection: string | null, namedPublicly: boolean, contactable: boolean, version: number, tool: { id: string, name: string } }> } | null };

export type OpenReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenReportsQuery = { tools: Array<{ id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string }>, products: Array<{ id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string }>, facilities: Array<{ id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string }>, organisations: Array<{ id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string }>, standards: Array<{ id: string, entityType: string, entityId: string, message: string, email: string | null, createdAt: string }> };

export type OrganisationPageQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, shortName: string | null, kind: OrganisationKind, homepage: string, country: string | null, certainty: Certainty, verifiedAt: string | null, summary: { nl: string, en: string | null }, facilities: Array<{ id: string, name: string, acronym: string | null }>, archivedFacilities: Array<{ id: string, name: string, acronym: string | null }>, maintainedStandards: Array<{ id: string, name: string, acronym: string | null }>, archivedMaintainedStandards: Array<{ id: string, name: string, acronym: string | null }>, curatedTools: Array<{ id: string, name: string }>, archivedCuratedTools: Array<{ id: string, name: string }>, sources: Array<{ url: string, title: string | null }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type OrganisationListQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationListQuery = { organisations: Array<{ id: string, name: string, shortName: string | null, kind: OrganisationKind, summary: { nl: string, en: string | null } }> };

export type PendingUsageNotesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingUsageNotesQuery = { pendingUsageNotes: Array<{ declaration: string, version: number, note: string, updatedAt: string, tool: { id: string, name: string }, school: { name: string, municipality: string | null } | null }> };

export type ProductAdviceQueryVariables = Exact<{
  id: string;
  sector: Sector;
}>;


export type ProductAdviceQuery = { product: { advice: { id: string, reasons: Array<string>, caveats: Array<string>, verifiedAt: string | null, summary: { nl: string, en: string | null }, recommended: Array<{ id: string, name: string }>, alsoConsider: Array<{ id: string, name: string }>, sources: Array<{ url: string, title: string | null }> } | null } | null };

export type ProductFeedQueryVariables = Exact<{
  id: string;
}>;


export type ProductFeedQuery = { product: { id: string, name: string, alternatives: Array<{ fit: Fit, tool: { id: string, name: string, version: number, updatedAt: string, summary: { nl: string, en: string | null } } }> } | null };

export type ProductLookupQueryVariables = Exact<{
  text: string;
}>;


export type ProductLookupQuery = { alternatives: { product: { id: string } | null } };

export type ProductPageQueryVariables = Exact<{
  id: string;
}>;


export type ProductPageQuery = { product: { id: string, name: string, vendor: string, vendorCountry: string, aliases: Array<string>, homepage: string, discontinued: boolean, discontinuedOn: string | null, certainty: Certainty, verifiedAt: string | null, discontinuedSource: { url: string, title: string | null } | null, discontinuedNote: { nl: string, en: string | null } | null, summary: { nl: string, en: string | null }, category: { id: string, name: { nl: string, en: string | null } }, alternatives: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, reviewedBy: { id: string, name: string } | null, tool: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, certainty: Certainty, updatedAt: string, offerings: Array<{ id: string, sectors: Array<Sector>, provider: { id: string, name: string } }>, usage: { schools: number, bySector: Array<{ sector: Sector, count: number }> }, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind }> }, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }> } }>, archivedAlternatives: Array<{ id: string, name: string }>, sources: Array<{ url: string, title: string | null }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type ProductListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductListQuery = { products: { edges: Array<{ node: { id: string, name: string, vendor: string, category: { id: string, name: { nl: string, en: string | null } }, alternatives: Array<{ fit: Fit }> } }> } };

export type RecentChangesQueryVariables = Exact<{
  since: string;
}>;


export type RecentChangesQuery = { tools: { edges: Array<{ node: { id: string, name: string, version: number, updatedAt: string, summary: { nl: string, en: string | null } } }> }, facilities: { edges: Array<{ node: { id: string, name: string, version: number, updatedAt: string, summary: { nl: string, en: string | null } } }> }, standards: { edges: Array<{ node: { id: string, name: string, version: number, updatedAt: string, summary: { nl: string, en: string | null } } }> } };

export type RejectUsageNoteMutationVariables = Exact<{
  declaration: string;
  version: number;
  reason: string;
}>;


export type RejectUsageNoteMutation = { rejectUsageNote: { declaration: string, noteStatus: NoteStatus } };

export type ReportFacilityProblemMutationVariables = Exact<{
  id: string;
  input: ProblemReportInput;
}>;


export type ReportFacilityProblemMutation = { report: { entityId: string, receivedAt: string } };

export type ReportOrganisationProblemMutationVariables = Exact<{
  id: string;
  input: ProblemReportInput;
}>;


export type ReportOrganisationProblemMutation = { report: { entityId: string, receivedAt: string } };

export type ReportProductProblemMutationVariables = Exact<{
  id: string;
  input: ProblemReportInput;
}>;


export type ReportProductProblemMutation = { report: { entityId: string, receivedAt: string } };

export type ReportStandardProblemMutationVariables = Exact<{
  id: string;
  input: ProblemReportInput;
}>;


export type ReportStandardProblemMutation = { report: { entityId: string, receivedAt: string } };

export type ReportToolProblemMutationVariables = Exact<{
  id: string;
  input: ProblemReportInput;
}>;


export type ReportToolProblemMutation = { report: { entityId: string, receivedAt: string } };

export type ResolveFacilityReportMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ResolveFacilityReportMutation = { result: { id: string, status: ReportStatus } };

export type ResolveOrganisationReportMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ResolveOrganisationReportMutation = { result: { id: string, status: ReportStatus } };

export type ResolveProductReportMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ResolveProductReportMutation = { result: { id: string, status: ReportStatus } };

export type ResolveStandardReportMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ResolveStandardReportMutation = { result: { id: string, status: ReportStatus } };

export type ResolveToolReportMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ResolveToolReportMutation = { result: { id: string, status: ReportStatus } };

export type SearchToolsRankedQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: ToolFilter | null | undefined;
  orderBy?: ToolOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchToolsRankedQuery = { tools: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, certainty: Certainty, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind }> }, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }> } }> } };

export type SearchToolsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: ToolFilter | null | undefined;
  orderBy?: ToolOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  productText: string;
  withProduct: boolean;
}>;


export type SearchToolsQuery = { tools: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, hosting: Array<HostingOption>, platforms: Array<Platform>, sectors: Array<Sector>, certainty: Certainty, updatedAt: string, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind }> }, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, replaces: Array<{ fit: Fit, product: { id: string, name: string } }> } }>, facets: Array<{ dimension: ToolDimension, values: Array<{ value: string, count: number }> }> }, match?: { product: { id: string, name: string } | null, suggestions: Array<{ id: string, name: string }> }, facilityMatches?: { edges: Array<{ node: { id: string, name: string, acronym: string | null, summary: { nl: string, en: string | null } } }> }, standardMatches?: { edges: Array<{ node: { id: string, name: string, acronym: string | null, summary: { nl: string, en: string | null } } }> }, productMatches?: { edges: Array<{ node: { id: string, name: string, summary: { nl: string, en: string | null } } }> }, organisationMatches?: Array<{ id: string, name: string, shortName: string | null, summary: { nl: string, en: string | null } }>, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, standards: { edges: Array<{ node: { id: string, name: string, acronym: string | null } }> }, facilities: { edges: Array<{ node: { id: string, name: string, acronym: string | null } }> }, products: { edges: Array<{ node: { id: string, name: string } }> } };

export type SitemapQueryVariables = Exact<{
  after?: string | null | undefined;
  withRest: boolean;
}>;


export type SitemapQuery = { tools: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, updatedAt: string } }> }, products?: { edges: Array<{ node: { id: string } }> }, facilities?: { edges: Array<{ node: { id: string } }> }, standards?: { edges: Array<{ node: { id: string } }> }, organisations?: Array<{ id: string }> };

export type StandardPageQueryVariables = Exact<{
  id: string;
}>;


export type StandardPageQuery = { standard: { id: string, name: string, acronym: string | null, domain: StandardDomain, international: boolean, specificationUrl: string | null, sectors: Array<Sector>, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, maintainer: { id: string, name: string } | null, versions: Array<{ version: string, status: VersionStatus, date: string | null }>, dutchStatus: { forumStandaardisatie: { status: ForumStatus, entry: string | null, since: string | null } | null, edustandaard: { beheerstatus: EdustandaardBeheerstatus | null, gebruiksadvies: EdustandaardAdvies | null, werkingsgebied: Array<string> } | null }, usedByFacilities: Array<{ id: string, name: string, acronym: string | null }>, archivedUsedByFacilities: Array<{ id: string, name: string, acronym: string | null }>, implementedBy: Array<{ id: string, name: string }>, archivedImplementedBy: Array<{ id: string, name: string }>, sources: Array<{ url: string, title: string | null }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type StandardListQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardListQuery = { standards: { edges: Array<{ node: { id: string, name: string, acronym: string | null, domain: StandardDomain, summary: { nl: string, en: string | null }, maintainer: { id: string, name: string } | null } }> } };

export type ToolUptakeQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ToolUptakeQuery = { tools: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, offerings: Array<{ id: string }>, usage: { schools: number } } }> } };

export type ToolPageQueryVariables = Exact<{
  id: string;
}>;


export type ToolPageQuery = { tool: { id: string, name: string, homepage: string, repository: string | null, platforms: Array<Platform>, sectors: Array<Sector>, hosting: Array<HostingOption>, languages: Array<string>, developmentStatus: DevelopmentStatus, maintenance: Maintenance | null, maintainer: string | null, certainty: Certainty, verifiedAt: string | null, updatedAt: string, summary: { nl: string, en: string | null }, description: { nl: string, en: string | null } | null, license: { expression: string, scope: LicenseScope, osiApproved: boolean, components: Array<{ scope: LicenseScope, expression: string, note: { nl: string, en: string | null } | null }>, caveats: Array<{ kind: LicenseCaveatKind, note: { nl: string, en: string | null } }>, history: Array<{ expression: string, until: string }>, noLicenseFile: { nl: string, en: string | null } | null }, categories: Array<{ id: string, name: { nl: string, en: string | null } }>, features: { nl: Array<string>, en: Array<string> | null } | null, privacy: { privacyconvenant: boolean | null, dataLocation: { nl: string, en: string | null } | null, processorAgreement: { nl: string, en: string | null } | null, notes: { nl: string, en: string | null } | null } | null, accessibility: { nl: string, en: string | null } | null, replaces: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, product: { id: string, name: string, vendor: string }, reviewedBy: { id: string, name: string } | null }>, archivedReplaces: Array<{ id: string, name: string }>, standards: Array<{ id: string, name: string, acronym: string | null }>, facilities: Array<{ id: string, name: string, acronym: string | null }>, curatedBy: { id: string, name: string } | null, offerings: Array<{ id: string, sectors: Array<Sector>, processorAgreement: ProcessorAgreement, signIn: Array<SignInOption>, url: string, provider: { id: string, name: string }, dataLocation: { country: string | null, withinEu: boolean | null }, price: { kind: PriceKind, amount: number | null, currency: string | null, asOf: string | null } }>, usage: { schools: number, bySector: Array<{ sector: Sector, count: number }>, namedSchools: Array<{ name: string, municipality: string | null, sectors: Array<Sector>, contactable: boolean, since: string | null }>, notes: Array<{ text: string, approvedAt: string, school: { name: string } }> }, sources: Array<{ url: string, title: string | null }>, uncertainties: Array<{ field: string, note: string, text: { nl: string, en: string | null } | null }> } | null };

export type UpdateMySchoolMutationVariables = Exact<{
  input: SchoolProfileInput;
}>;


export type UpdateMySchoolMutation = { updateMySchool: { id: string, name: string, sectors: Array<Sector>, municipality: string | null, province: Province | null } };

export type UpdateToolUsageMutationVariables = Exact<{
  input: ToolUsageInput;
}>;


export type UpdateToolUsageMutation = { updateToolUsage: { id: string, version: number } };

export type WidgetAlternativesQueryVariables = Exact<{
  to: string;
  first?: number | null | undefined;
  filter?: ToolFilter | null | undefined;
}>;


export type WidgetAlternativesQuery = { alternatives: { product: { id: string, name: string } | null, alternatives: Array<{ fit: Fit, notes: { nl: string, en: string | null } | null, tool: { id: string, name: string, hosting: Array<HostingOption>, summary: { nl: string, en: string | null }, license: { expression: string, osiApproved: boolean, caveats: Array<{ kind: LicenseCaveatKind }> } } }> } };

export type WithdrawToolUsageMutationVariables = Exact<{
  tool: string;
}>;


export type WithdrawToolUsageMutation = { withdrawToolUsage: string };
