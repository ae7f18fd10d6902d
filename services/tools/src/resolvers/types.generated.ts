import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RevisionRow, ProblemReportRow, EntryRow } from '@edu-catalogus/kit/curation';
import type { StoredUncertainty } from '@edu-catalogus/kit/data';
import type { ToolRow, ProductRow, CategoryRow, AlternativeRow } from '../store/tables.ts';
import type { ToolList } from './ToolConnection.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An RFC 3339 date-time (`2026-11-30T12:00:00Z`). */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value (entry drafts, changed field values). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A tool as a replacement for a product. */
export type Alternative = {
  __typename?: 'Alternative';
  fit: Fit;
  /** Gaps and migration notes. */
  notes?: Maybe<LocalizedText>;
  product: Product;
  reviewedBy?: Maybe<Organisation>;
  tool: Tool;
};

export type AlternativeEntry = {
  __typename?: 'AlternativeEntry';
  canPublish: Scalars['Boolean']['output'];
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Alternative>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AlternativeInput = {
  fit: Fit;
  notes?: InputMaybe<LocalizedTextInput>;
  /** Product id. */
  product: Scalars['ID']['input'];
  /** Tool id. */
  tool: Scalars['ID']['input'];
};

export type Alternatives = {
  __typename?: 'Alternatives';
  alternatives: Array<Alternative>;
  /** The product the text named, or null when no product matched. */
  product?: Maybe<Product>;
  /** When no product matched: products with similar names, closest first (else empty). */
  suggestions: Array<Product>;
};

/** A product no longer in the catalogue (archived): only who it was, for pages that linked to it. */
export type ArchivedProduct = {
  __typename?: 'ArchivedProduct';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A tool no longer in the catalogue (archived): only who it was, for pages that linked to it. */
export type ArchivedTool = {
  __typename?: 'ArchivedTool';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Category = {
  __typename?: 'Category';
  certainty: Certainty;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** The matching publiccode.yml category, if any. */
  publiccode?: Maybe<Scalars['String']['output']>;
  /** Where the category and its mapping come from (what publishing it required). */
  sources: Array<Source>;
  /** When the facts were last checked against the sources (YYYY-MM-DD). */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

export type CategoryEntry = {
  __typename?: 'CategoryEntry';
  canPublish: Scalars['Boolean']['output'];
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Category>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CategoryInput = {
  certainty?: InputMaybe<Certainty>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: LocalizedTextInput;
  publiccode?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

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

export type Editor = {
  __typename?: 'Editor';
  name?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Organisation>;
  /** The person's id at the identity provider. */
  sub: Scalars['ID']['output'];
};

export type EntryStatus =
  | 'ARCHIVED'
  /** Still published: one curator asked to archive it; archive* by another curator archives it, restore* withdraws the request. */
  | 'ARCHIVE_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** The counts of one filter dimension. */
export type Facet = {
  __typename?: 'Facet';
  dimension: ToolDimension;
  /** Values with at least one matching tool, most frequent first. */
  values: Array<FacetValue>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  /** The value as the filter takes it (a category id, PO, WEB, an SPDX id ...). */
  value: Scalars['String']['output'];
};

export type Facility = {
  __typename?: 'Facility';
  /** Tools that worked with this facility and have been archived since. */
  archivedCompatibleTools: Array<ArchivedTool>;
  /** Published tools that work with this facility. */
  compatibleTools: Array<Tool>;
  id: Scalars['ID']['output'];
};

export type FieldChange = {
  __typename?: 'FieldChange';
  /** Dotted path of the changed field (`license.expression`). */
  field: Scalars['String']['output'];
  new?: Maybe<Scalars['JSON']['output']>;
  old?: Maybe<Scalars['JSON']['output']>;
};

export type Fit =
  /** Covers what schools use the product for. */
  | 'FULL'
  /** Covers part of it; the notes say what is missing. */
  | 'PARTIAL';

export type HostingOption =
  | 'DESKTOP'
  | 'SAAS_EU'
  | 'SAAS_NL'
  | 'SAAS_OTHER'
  | 'SELF_HOSTED';

/** A tool's licence: the SPDX expression of its code, with the parts and caveats a school should know. */
export type License = {
  __typename?: 'License';
  caveats: Array<LicenseCaveat>;
  components: Array<LicenseComponent>;
  /** SPDX licence expression (`AGPL-3.0-or-later`, `MPL-2.0 AND LGPL-3.0-or-later`). */
  expression: Scalars['String']['output'];
  /** Earlier licences, oldest first. */
  history: Array<LicenseChange>;
  /** Why no source points at a licence file, SPDX header or package manifest; null when one does. */
  noLicenseFile?: Maybe<LocalizedText>;
  /** Whether the expression can be used under OSI-approved terms. */
  osiApproved: Scalars['Boolean']['output'];
  /** What the expression covers. */
  scope: LicenseScope;
};

export type LicenseCaveat = {
  __typename?: 'LicenseCaveat';
  kind: LicenseCaveatKind;
  note: LocalizedText;
};

export type LicenseCaveatInput = {
  kind: LicenseCaveatKind;
  note: LocalizedTextInput;
};

export type LicenseCaveatKind =
  | 'ADDITIONAL_TERMS'
  | 'NON_COMMERCIAL_PARTS'
  | 'OPEN_CORE'
  | 'PER_COMPONENT'
  | 'RELICENSED'
  | 'SERVICE_NOT_OPEN';

export type LicenseChange = {
  __typename?: 'LicenseChange';
  expression: Scalars['String']['output'];
  /** Until when this licence applied: YYYY, YYYY-MM or YYYY-MM-DD. */
  until: Scalars['String']['output'];
};

export type LicenseChangeInput = {
  expression: Scalars['String']['input'];
  until: Scalars['String']['input'];
};

export type LicenseComponent = {
  __typename?: 'LicenseComponent';
  expression: Scalars['String']['output'];
  note?: Maybe<LocalizedText>;
  scope: LicenseScope;
};

export type LicenseComponentInput = {
  expression: Scalars['String']['input'];
  note?: InputMaybe<LocalizedTextInput>;
  scope: LicenseScope;
};

/** What a school should know beyond the licence family. */
export type LicenseCondition =
  /** Content (lessons, media) under a non-commercial or otherwise not free licence. */
  | 'CONTENT_NOT_FREE'
  /** Open core, a hosted service that is not open, or a commercial licence alongside the open one. */
  | 'PAID_PARTS';

export type LicenseInput = {
  caveats?: InputMaybe<Array<LicenseCaveatInput>>;
  components?: InputMaybe<Array<LicenseComponentInput>>;
  /** SPDX licence expression. */
  expression: Scalars['String']['input'];
  history?: InputMaybe<Array<LicenseChangeInput>>;
  /** Why no source points at a licence file, SPDX header or package manifest. */
  noLicenseFile?: InputMaybe<LocalizedTextInput>;
  /** Computed from the expression when omitted. */
  osiApproved?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<LicenseScope>;
};

export type LicenseScope =
  | 'BINARIES'
  | 'CODE'
  | 'CONTENT'
  | 'SERVICE';

export type LocalizedList = {
  __typename?: 'LocalizedList';
  en?: Maybe<Array<Scalars['String']['output']>>;
  nl: Array<Scalars['String']['output']>;
};

export type LocalizedListInput = {
  en?: InputMaybe<Array<Scalars['String']['input']>>;
  nl: Array<Scalars['String']['input']>;
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  en?: Maybe<Scalars['String']['output']>;
  nl: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  nl: Scalars['String']['input'];
};

export type Maintenance =
  | 'COMMUNITY'
  | 'COMPANY'
  | 'FOUNDATION'
  | 'NONE';

/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type Mutation = {
  __typename?: 'Mutation';
  archiveAlternative: AlternativeEntry;
  archiveCategory: CategoryEntry;
  archiveProduct: ProductEntry;
  archiveTool: ToolEntry;
  /** An alternative's id is `<tool>--<product>` (`nextcloud--microsoft-onedrive`). */
  createAlternative: AlternativeEntry;
  createCategory: CategoryEntry;
  createProduct: ProductEntry;
  createTool: ToolEntry;
  publishAlternative: AlternativeEntry;
  publishCategory: CategoryEntry;
  publishProduct: ProductEntry;
  publishTool: ToolEntry;
  /** Reports a problem with a published product (anyone, no account; at most 20 open reports per entry). */
  reportProductProblem: ProblemReportReceipt;
  /** Reports a problem with a published tool (anyone, no account; at most 20 open reports per entry). */
  reportToolProblem: ProblemReportReceipt;
  /** Marks an open report on a product resolved. */
  resolveProductReport: ProblemReport;
  /** Marks an open report on a tool resolved. */
  resolveToolReport: ProblemReport;
  restoreAlternative: AlternativeEntry;
  restoreCategory: CategoryEntry;
  restoreProduct: ProductEntry;
  restoreTool: ToolEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackAlternative: AlternativeEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackCategory: CategoryEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackProduct: ProductEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackTool: ToolEntry;
  submitAlternative: AlternativeEntry;
  submitCategory: CategoryEntry;
  submitProduct: ProductEntry;
  submitTool: ToolEntry;
  updateAlternative: AlternativeEntry;
  updateCategory: CategoryEntry;
  updateProduct: ProductEntry;
  updateTool: ToolEntry;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationArchiveAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationArchiveCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationArchiveProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationArchiveToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationCreateAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: AlternativeInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationCreateCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: CategoryInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationCreateProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: ProductInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationCreateToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: ToolInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationPublishAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationPublishCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationPublishProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationPublishToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationReportProductProblemArgs = {
  id: Scalars['ID']['input'];
  input: ProblemReportInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationReportToolProblemArgs = {
  id: Scalars['ID']['input'];
  input: ProblemReportInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationResolveProductReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationResolveToolReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationRestoreAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationRestoreCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationRestoreProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationRestoreToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSendBackAlternativeArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSendBackCategoryArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSendBackProductArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSendBackToolArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSubmitAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSubmitCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSubmitProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationSubmitToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationUpdateAlternativeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AlternativeInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationUpdateCategoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CategoryInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationUpdateProductArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ProductInput;
};


/**
 * Curation. Every write takes effect in one transaction with a new revision. Create returns version 1
 * in DRAFT; an edit of a published entry stays a draft until it is published, so readers keep seeing
 * the published content; an edit of an entry in review returns it to DRAFT. update* needs the version
 * you edited (else CONFLICT with the current one), a save that changes nothing writes nothing;
 * publish* needs a curator who wrote none of the changes since the last publication, and takes the
 * version the reviewer saw as expectedVersion. archive* of a published entry is a request
 * (ARCHIVE_REQUESTED, still public) that another curator's archive* carries out; restore* withdraws a
 * request or brings an archived entry back as a DRAFT to review again.
 */
export type MutationUpdateToolArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ToolInput;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** Tools this organisation's curators kept that have been archived since. */
  archivedCuratedTools: Array<ArchivedTool>;
  /** Published tools this organisation's curators keep. */
  curatedTools: Array<Tool>;
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Platform =
  | 'ANDROID'
  | 'CHROMEOS'
  | 'IOS'
  | 'LINUX'
  | 'MACOS'
  | 'WEB'
  | 'WINDOWS';

export type Privacy = {
  __typename?: 'Privacy';
  dataLocation?: Maybe<LocalizedText>;
  notes?: Maybe<LocalizedText>;
  /** Whether the supplier signed the Privacyconvenant Onderwijs; null when no source says. */
  privacyconvenant?: Maybe<Scalars['Boolean']['output']>;
  processorAgreement?: Maybe<LocalizedText>;
};

export type PrivacyInput = {
  dataLocation?: InputMaybe<LocalizedTextInput>;
  notes?: InputMaybe<LocalizedTextInput>;
  privacyconvenant?: InputMaybe<Scalars['Boolean']['input']>;
  processorAgreement?: InputMaybe<LocalizedTextInput>;
};

/** A reader's report of a problem with an entry; only curators read them. */
export type ProblemReport = {
  __typename?: 'ProblemReport';
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  /** The reported entry's type (`Tool`) and id. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** The curator's note on how it was resolved. */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Editor>;
  status: ReportStatus;
};

/** What a reader reports about a published entry ("meld een fout"): plain text, no account needed. */
export type ProblemReportInput = {
  /** Optional, for a curator's answer; never shown publicly. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** What is wrong, in plain text (10..2000 characters, no HTML). */
  message: Scalars['String']['input'];
};

/** The reader's report was stored as a task for the curators. */
export type ProblemReportReceipt = {
  __typename?: 'ProblemReportReceipt';
  entityId: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
};

/** A proprietary (often big-tech) product schools use today. */
export type Product = {
  __typename?: 'Product';
  aliases: Array<Scalars['String']['output']>;
  /** Open-source tools that replace this product: FULL fit first. */
  alternatives: Array<Alternative>;
  /** Tools that were alternatives to this product and have been archived since: a page can say so instead of dropping them. */
  archivedAlternatives: Array<ArchivedTool>;
  category: Category;
  certainty: Certainty;
  discontinued: Scalars['Boolean']['output'];
  /** What the end means for schools. */
  discontinuedNote?: Maybe<LocalizedText>;
  /** When the product was or will be ended (YYYY, YYYY-MM or YYYY-MM-DD); null when not ended or not known. */
  discontinuedOn?: Maybe<Scalars['String']['output']>;
  /** The page that announced the end. */
  discontinuedSource?: Maybe<Source>;
  homepage: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sources: Array<Source>;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  vendor: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country of the vendor's headquarters. */
  vendorCountry: Scalars['String']['output'];
  /** When the facts were last checked against the sources (YYYY-MM-DD); not when the entry last changed. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};


/** A proprietary (often big-tech) product schools use today. */
export type ProductAlternativesArgs = {
  filter?: InputMaybe<ToolFilter>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductEntry = {
  __typename?: 'ProductEntry';
  canPublish: Scalars['Boolean']['output'];
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Product>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ProductInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Category id. */
  category?: InputMaybe<Scalars['ID']['input']>;
  certainty?: InputMaybe<Certainty>;
  discontinued?: InputMaybe<Scalars['Boolean']['input']>;
  discontinuedNote?: InputMaybe<LocalizedTextInput>;
  /** When the product was or will be ended: YYYY, YYYY-MM or YYYY-MM-DD. */
  discontinuedOn?: InputMaybe<Scalars['String']['input']>;
  /** The page that announced the end. */
  discontinuedSource?: InputMaybe<SourceInput>;
  homepage?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
  summary?: InputMaybe<LocalizedTextInput>;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  vendor: Scalars['String']['input'];
  vendorCountry?: InputMaybe<Scalars['String']['input']>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Internal: this subgraph's change outbox `{ events, watermark }`, read by the gateway's feed; not in the public API. */
  _outbox: Scalars['JSON']['output'];
  alternativeEntries: Array<AlternativeEntry>;
  alternativeEntry?: Maybe<AlternativeEntry>;
  /**
   * The open-source alternatives to a product named in free text: its name or an alias in any case
   * ("teams", "Google Classroom", "MS Word"), a close misspelling ("Microsft Teams"), or a phrase that
   * names it ("alternatief voor Teams"). FULL fit first, then the tools matching most filter values.
   * Never an error when nothing matches: product is null and suggestions lists similar names.
   */
  alternatives: Alternatives;
  /** All published categories, by id; with changedSince only those whose published content changed at or after that time. */
  categories: Array<Category>;
  category?: Maybe<Category>;
  categoryEntries: Array<CategoryEntry>;
  categoryEntry?: Maybe<CategoryEntry>;
  /** Open problem reports on products, oldest first (at most 100). */
  openProductReports: Array<ProblemReport>;
  /** Open problem reports on tools, oldest first (at most 100). */
  openToolReports: Array<ProblemReport>;
  /** A proprietary product by its slug id (`microsoft-teams`). */
  product?: Maybe<Product>;
  productEntries: Array<ProductEntry>;
  productEntry?: Maybe<ProductEntry>;
  products: ProductConnection;
  /** A published tool by its slug id (`nextcloud`). */
  tool?: Maybe<Tool>;
  /** Tool entries a curator works with, optionally in some workflow states (IN_REVIEW = the review queue). */
  toolEntries: Array<ToolEntry>;
  /** A curated tool entry with its pending draft and history (the pending draft and its revisions: the owner's curators, any curator for unclaimed entries, the proposing organisation, admins; others see the published content). */
  toolEntry?: Maybe<ToolEntry>;
  /**
   * Published tools matching the search text and filter, in pages of at most 100. The search is
   * case- and diacritics-insensitive, matches word prefixes (3+ letters), Dutch and English word forms
   * and school synonyms ("digibord" finds whiteboards), and corrects misspelt words ("libreofice").
   * RELEVANCE (bm25, name weighs most) is the default order with a search, NAME without one.
   */
  tools: ToolConnection;
};


export type Query_OutboxArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlternativeEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryAlternativeEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlternativesArgs = {
  filter?: InputMaybe<ToolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QueryCategoriesArgs = {
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCategoryEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryCategoryEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpenProductReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenToolReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryProductEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryToolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryToolEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryToolEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryToolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<ToolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ToolOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ReportStatus =
  | 'OPEN'
  | 'RESOLVED';

export type Revision = {
  __typename?: 'Revision';
  action: RevisionAction;
  actor: Editor;
  /** ISO 8601. */
  at: Scalars['String']['output'];
  changes: Array<FieldChange>;
  comment?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type RevisionAction =
  | 'ARCHIVE'
  | 'CANCEL_ARCHIVE'
  | 'CREATE'
  | 'PUBLISH'
  | 'REQUEST_ARCHIVE'
  | 'RESTORE'
  /** A reviewer sent the entry back to its editor (the comment says why). */
  | 'SEND_BACK'
  | 'SUBMIT'
  | 'UPDATE';

export type Sector =
  | 'HO'
  | 'MBO'
  | 'PO'
  | 'SO'
  | 'VO';

export type Source = {
  __typename?: 'Source';
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type SourceInput = {
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type Standard = {
  __typename?: 'Standard';
  /** Tools that implemented this standard and have been archived since: a page can name them instead of dropping them. */
  archivedImplementedBy: Array<ArchivedTool>;
  id: Scalars['ID']['output'];
  /** Published tools that implement this standard. */
  implementedBy: Array<Tool>;
};

/** An open-source tool a school can use. */
export type Tool = {
  __typename?: 'Tool';
  accessibility?: Maybe<LocalizedText>;
  /** Products this tool replaced that have been archived since: a page can name them instead of dropping them. */
  archivedReplaces: Array<ArchivedProduct>;
  categories: Array<Category>;
  certainty: Certainty;
  /** The organisation whose curators keep this entry. */
  curatedBy?: Maybe<Organisation>;
  description?: Maybe<LocalizedText>;
  developmentStatus: DevelopmentStatus;
  /** Where the entry is in the curation workflow; anonymous readers only see PUBLISHED. */
  entryStatus: EntryStatus;
  /** The national facilities this tool works with. */
  facilities: Array<Facility>;
  features?: Maybe<LocalizedList>;
  /** Every change to the entry, oldest first (curators). */
  history: Array<Revision>;
  homepage: Scalars['String']['output'];
  hosting: Array<HostingOption>;
  id: Scalars['ID']['output'];
  /** UI languages as BCP 47 tags (`nl`, `en`). */
  languages: Array<Scalars['String']['output']>;
  license: License;
  /** Who maintains the tool (`The Document Foundation`, `Moodle HQ`), as the project's own site or repository names them; null when no source says. */
  maintainer?: Maybe<Scalars['String']['output']>;
  maintenance?: Maybe<Maintenance>;
  name: Scalars['String']['output'];
  platforms: Array<Platform>;
  privacy?: Maybe<Privacy>;
  /** The proprietary products this tool replaces, and how well. */
  replaces: Array<Alternative>;
  repository?: Maybe<Scalars['String']['output']>;
  sectors: Array<Sector>;
  sources: Array<Source>;
  /** The standards this tool implements. */
  standards: Array<Standard>;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  /** When the entry last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** When the facts were last checked against the sources (YYYY-MM-DD); not when the entry last changed. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ToolConnection = {
  __typename?: 'ToolConnection';
  edges: Array<ToolEdge>;
  /**
   * For every filter dimension, the number of matching tools per value, for this search and filter.
   * A dimension's own filter is not applied to its counts (values within a filter are OR-ed), so the
   * counts say what ticking one more value would add; selected values are listed even at count 0.
   */
  facets: Array<Facet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

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

export type ToolEdge = {
  __typename?: 'ToolEdge';
  cursor: Scalars['String']['output'];
  node: Tool;
};

/** A curated tool: where it is in the workflow, the published content, the pending draft. */
export type ToolEntry = {
  __typename?: 'ToolEntry';
  /** Whether the caller may publish it now (in review, four eyes, organisation). */
  canPublish: Scalars['Boolean']['output'];
  /** The pending content as ToolInput; null when nothing is pending. */
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  /** The organisation whose curators keep the entry (null: unclaimed seed data). */
  owner?: Maybe<Organisation>;
  /** The pending content against the published one, field by field. */
  pendingChanges: Array<FieldChange>;
  /** Set when the pending draft is a proposal of another organisation. */
  proposedBy?: Maybe<Organisation>;
  /** What readers see now; null until first published. */
  published?: Maybe<Tool>;
  updatedAt: Scalars['String']['output'];
  /** Increases with every write; pass it as expectedVersion to update. */
  version: Scalars['Int']['output'];
};

/** Filters combine with AND; the values within one filter with OR. */
export type ToolFilter = {
  category?: InputMaybe<Array<Scalars['ID']['input']>>;
  developmentStatus?: InputMaybe<Array<DevelopmentStatus>>;
  /** Facility ids. */
  facility?: InputMaybe<Array<Scalars['ID']['input']>>;
  hosting?: InputMaybe<Array<HostingOption>>;
  /** Only these tools (at most 1000 ids; ids that are not published tools match nothing): a portal's own list, or the tools with an offering (docs/search.md). */
  id?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** BCP 47 language tags. */
  language?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SPDX ids of OSI-approved licences (`MIT`, `AGPL-3.0-or-later`); a tool counts when its licence as a whole is OSI-approved. */
  license?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tools whose licence has these conditions (paid parts, content not free); derived from the licence expression and its caveats. */
  licenseCondition?: InputMaybe<Array<LicenseCondition>>;
  platform?: InputMaybe<Array<Platform>>;
  /** Product ids. */
  replaces?: InputMaybe<Array<Scalars['ID']['input']>>;
  sector?: InputMaybe<Array<Sector>>;
  /** Standard ids. */
  standard?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Only `name`, `summary.nl`, `homepage` and `license` are needed for a draft; submitting needs the rest the catalogue requires (categories, developmentStatus, sources, certainty). */
export type ToolInput = {
  accessibility?: InputMaybe<LocalizedTextInput>;
  /** Category ids. */
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  certainty?: InputMaybe<Certainty>;
  description?: InputMaybe<LocalizedTextInput>;
  developmentStatus?: InputMaybe<DevelopmentStatus>;
  /** Facility ids (checked with the facilities subgraph). */
  facilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  features?: InputMaybe<LocalizedListInput>;
  homepage: Scalars['String']['input'];
  hosting?: InputMaybe<Array<HostingOption>>;
  /** Slug id for a new tool; derived from the name when omitted. Ignored by updateTool. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** BCP 47 tags. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  license: LicenseInput;
  /** Who maintains the tool, as the project's own site or repository names them (one of the sources says so). */
  maintainer?: InputMaybe<Scalars['String']['input']>;
  maintenance?: InputMaybe<Maintenance>;
  name: Scalars['String']['input'];
  platforms?: InputMaybe<Array<Platform>>;
  privacy?: InputMaybe<PrivacyInput>;
  repository?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** Standard ids (checked with the standards subgraph). */
  standards?: InputMaybe<Array<Scalars['ID']['input']>>;
  summary: LocalizedTextInput;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

export type ToolOrder =
  | 'NAME'
  /** Best match first (bm25 over name, replaced products, categories, features, summary, description); NAME without a search. */
  | 'RELEVANCE'
  /** Most recently changed first. */
  | 'UPDATED';

export type Uncertainty = {
  __typename?: 'Uncertainty';
  /** The field whose fact is not settled (`license.expression`). */
  field: Scalars['String']['output'];
  /** What is not settled, in English. */
  note: Scalars['String']['output'];
  /** What is not settled, in Dutch and English; null for an older note written only in English. */
  text?: Maybe<LocalizedText>;
};

export type UncertaintyInput = {
  /** The field whose fact is not settled (`license.expression`). */
  field: Scalars['String']['input'];
  /** What is not settled, naming the field in words: Dutch and English (read back as Uncertainty.text). */
  text: LocalizedTextInput;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Category: Category;
  Facility: Facility;
  Organisation: Organisation;
  Product: Product;
  Standard: Standard;
  Tool: Tool;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"id":true}> );
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Standard:
    ( { __typename: 'Standard' }
    & GraphQLRecursivePick<FederationTypes['Standard'], {"id":true}> );
  Tool:
    ( { __typename: 'Tool' }
    & GraphQLRecursivePick<FederationTypes['Tool'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alternative: ResolverTypeWrapper<AlternativeRow>;
  AlternativeEntry: ResolverTypeWrapper<EntryRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AlternativeInput: AlternativeInput;
  Alternatives: ResolverTypeWrapper<Omit<Alternatives, 'alternatives' | 'product' | 'suggestions'> & { alternatives: Array<ResolversTypes['Alternative']>, product?: Maybe<ResolversTypes['Product']>, suggestions: Array<ResolversTypes['Product']> }>;
  ArchivedProduct: ResolverTypeWrapper<ArchivedProduct>;
  ArchivedTool: ResolverTypeWrapper<ArchivedTool>;
  Category: ResolverTypeWrapper<CategoryRow>;
  CategoryEntry: ResolverTypeWrapper<EntryRow>;
  CategoryInput: CategoryInput;
  Certainty: ResolverTypeWrapper<string>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DevelopmentStatus: ResolverTypeWrapper<string>;
  Editor: ResolverTypeWrapper<{ sub: string; name: string | null; organisation: string | null }>;
  EntryStatus: ResolverTypeWrapper<string>;
  Facet: ResolverTypeWrapper<Omit<Facet, 'dimension'> & { dimension: ResolversTypes['ToolDimension'] }>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  Facility: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Fit: ResolverTypeWrapper<string>;
  HostingOption: ResolverTypeWrapper<string>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  License: ResolverTypeWrapper<Omit<License, 'caveats' | 'components' | 'scope'> & { caveats: Array<ResolversTypes['LicenseCaveat']>, components: Array<ResolversTypes['LicenseComponent']>, scope: ResolversTypes['LicenseScope'] }>;
  LicenseCaveat: ResolverTypeWrapper<Omit<LicenseCaveat, 'kind'> & { kind: ResolversTypes['LicenseCaveatKind'] }>;
  LicenseCaveatInput: LicenseCaveatInput;
  LicenseCaveatKind: ResolverTypeWrapper<string>;
  LicenseChange: ResolverTypeWrapper<LicenseChange>;
  LicenseChangeInput: LicenseChangeInput;
  LicenseComponent: ResolverTypeWrapper<Omit<LicenseComponent, 'scope'> & { scope: ResolversTypes['LicenseScope'] }>;
  LicenseComponentInput: LicenseComponentInput;
  LicenseCondition: ResolverTypeWrapper<string>;
  LicenseInput: LicenseInput;
  LicenseScope: ResolverTypeWrapper<string>;
  LocalizedList: ResolverTypeWrapper<LocalizedList>;
  LocalizedListInput: LocalizedListInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Maintenance: ResolverTypeWrapper<string>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: ResolverTypeWrapper<string>;
  Privacy: ResolverTypeWrapper<Privacy>;
  PrivacyInput: PrivacyInput;
  ProblemReport: ResolverTypeWrapper<ProblemReportRow>;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ResolverTypeWrapper<ProblemReportReceipt>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductEntry: ResolverTypeWrapper<EntryRow>;
  ProductInput: ProductInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportStatus: ResolverTypeWrapper<string>;
  Revision: ResolverTypeWrapper<RevisionRow>;
  RevisionAction: ResolverTypeWrapper<string>;
  Sector: ResolverTypeWrapper<string>;
  Source: ResolverTypeWrapper<Source>;
  SourceInput: SourceInput;
  Standard: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  Tool: ResolverTypeWrapper<ToolRow>;
  ToolConnection: ResolverTypeWrapper<ToolList>;
  ToolDimension: ResolverTypeWrapper<string>;
  ToolEdge: ResolverTypeWrapper<Omit<ToolEdge, 'node'> & { node: ResolversTypes['Tool'] }>;
  ToolEntry: ResolverTypeWrapper<EntryRow>;
  ToolFilter: ToolFilter;
  ToolInput: ToolInput;
  ToolOrder: ResolverTypeWrapper<string>;
  Uncertainty: ResolverTypeWrapper<StoredUncertainty>;
  UncertaintyInput: UncertaintyInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alternative: AlternativeRow;
  AlternativeEntry: EntryRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AlternativeInput: AlternativeInput;
  Alternatives: Omit<Alternatives, 'alternatives' | 'product' | 'suggestions'> & { alternatives: Array<ResolversParentTypes['Alternative']>, product?: Maybe<ResolversParentTypes['Product']>, suggestions: Array<ResolversParentTypes['Product']> };
  ArchivedProduct: ArchivedProduct;
  ArchivedTool: ArchivedTool;
  Category: CategoryRow;
  CategoryEntry: EntryRow;
  CategoryInput: CategoryInput;
  DateTime: Scalars['DateTime']['output'];
  Editor: { sub: string; name: string | null; organisation: string | null };
  Facet: Facet;
  FacetValue: FacetValue;
  Facility: { __typename?: string; id: string };
  FieldChange: FieldChange;
  JSON: Scalars['JSON']['output'];
  License: Omit<License, 'caveats' | 'components'> & { caveats: Array<ResolversParentTypes['LicenseCaveat']>, components: Array<ResolversParentTypes['LicenseComponent']> };
  LicenseCaveat: LicenseCaveat;
  LicenseCaveatInput: LicenseCaveatInput;
  LicenseChange: LicenseChange;
  LicenseChangeInput: LicenseChangeInput;
  LicenseComponent: LicenseComponent;
  LicenseComponentInput: LicenseComponentInput;
  LicenseInput: LicenseInput;
  LocalizedList: LocalizedList;
  LocalizedListInput: LocalizedListInput;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  Organisation: { __typename?: string; id: string };
  PageInfo: PageInfo;
  Privacy: Privacy;
  PrivacyInput: PrivacyInput;
  ProblemReport: ProblemReportRow;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ProblemReportReceipt;
  Product: ProductRow;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductEntry: EntryRow;
  ProductInput: ProductInput;
  Query: Record<PropertyKey, never>;
  Revision: RevisionRow;
  Source: Source;
  SourceInput: SourceInput;
  Standard: { __typename?: string; id: string };
  Tool: ToolRow;
  ToolConnection: ToolList;
  ToolEdge: Omit<ToolEdge, 'node'> & { node: ResolversParentTypes['Tool'] };
  ToolEntry: EntryRow;
  ToolFilter: ToolFilter;
  ToolInput: ToolInput;
  Uncertainty: StoredUncertainty;
  UncertaintyInput: UncertaintyInput;
};

export type AlternativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alternative'] = ResolversParentTypes['Alternative']> = {
  fit?: Resolver<ResolversTypes['Fit'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type AlternativeEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlternativeEntry'] = ResolversParentTypes['AlternativeEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Alternative']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlternativesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alternatives'] = ResolversParentTypes['Alternatives']> = {
  alternatives?: Resolver<Array<ResolversTypes['Alternative']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
};

export type ArchivedProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArchivedProduct'] = ResolversParentTypes['ArchivedProduct']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArchivedToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArchivedTool'] = ResolversParentTypes['ArchivedTool']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  publiccode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryEntry'] = ResolversParentTypes['CategoryEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertaintyResolvers = EnumResolverSignature<{ CONFIRMED?: any, PROBABLE?: any, UNCERTAIN?: any }, ResolversTypes['Certainty']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DevelopmentStatusResolvers = EnumResolverSignature<{ BETA?: any, CONCEPT?: any, DEVELOPMENT?: any, OBSOLETE?: any, STABLE?: any }, ResolversTypes['DevelopmentStatus']>;

export type EditorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Editor'] = ResolversParentTypes['Editor']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntryStatusResolvers = EnumResolverSignature<{ ARCHIVED?: any, ARCHIVE_REQUESTED?: any, DRAFT?: any, IN_REVIEW?: any, PUBLISHED?: any }, ResolversTypes['EntryStatus']>;

export type FacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facet'] = ResolversParentTypes['Facet']> = {
  dimension?: Resolver<ResolversTypes['ToolDimension'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type FacetValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedCompatibleTools?: Resolver<Array<ResolversTypes['ArchivedTool']>, ParentType, ContextType>;
  compatibleTools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  new?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  old?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type FitResolvers = EnumResolverSignature<{ FULL?: any, PARTIAL?: any }, ResolversTypes['Fit']>;

export type HostingOptionResolvers = EnumResolverSignature<{ DESKTOP?: any, SAAS_EU?: any, SAAS_NL?: any, SAAS_OTHER?: any, SELF_HOSTED?: any }, ResolversTypes['HostingOption']>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LicenseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['License'] = ResolversParentTypes['License']> = {
  caveats?: Resolver<Array<ResolversTypes['LicenseCaveat']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['LicenseComponent']>, ParentType, ContextType>;
  expression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['LicenseChange']>, ParentType, ContextType>;
  noLicenseFile?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  osiApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LicenseScope'], ParentType, ContextType>;
};

export type LicenseCaveatResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseCaveat'] = ResolversParentTypes['LicenseCaveat']> = {
  kind?: Resolver<ResolversTypes['LicenseCaveatKind'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type LicenseCaveatKindResolvers = EnumResolverSignature<{ ADDITIONAL_TERMS?: any, NON_COMMERCIAL_PARTS?: any, OPEN_CORE?: any, PER_COMPONENT?: any, RELICENSED?: any, SERVICE_NOT_OPEN?: any }, ResolversTypes['LicenseCaveatKind']>;

export type LicenseChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseChange'] = ResolversParentTypes['LicenseChange']> = {
  expression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LicenseComponent'] = ResolversParentTypes['LicenseComponent']> = {
  expression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LicenseScope'], ParentType, ContextType>;
};

export type LicenseConditionResolvers = EnumResolverSignature<{ CONTENT_NOT_FREE?: any, PAID_PARTS?: any }, ResolversTypes['LicenseCondition']>;

export type LicenseScopeResolvers = EnumResolverSignature<{ BINARIES?: any, CODE?: any, CONTENT?: any, SERVICE?: any }, ResolversTypes['LicenseScope']>;

export type LocalizedListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedList'] = ResolversParentTypes['LocalizedList']> = {
  en?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  nl?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MaintenanceResolvers = EnumResolverSignature<{ COMMUNITY?: any, COMPANY?: any, FOUNDATION?: any, NONE?: any }, ResolversTypes['Maintenance']>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archiveAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationArchiveAlternativeArgs, 'id'>>;
  archiveCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationArchiveCategoryArgs, 'id'>>;
  archiveProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationArchiveProductArgs, 'id'>>;
  archiveTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationArchiveToolArgs, 'id'>>;
  createAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationCreateAlternativeArgs, 'input'>>;
  createCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationCreateCategoryArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationCreateToolArgs, 'input'>>;
  publishAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationPublishAlternativeArgs, 'id'>>;
  publishCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationPublishCategoryArgs, 'id'>>;
  publishProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationPublishProductArgs, 'id'>>;
  publishTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationPublishToolArgs, 'id'>>;
  reportProductProblem?: Resolver<ResolversTypes['ProblemReportReceipt'], ParentType, ContextType, RequireFields<MutationReportProductProblemArgs, 'id' | 'input'>>;
  reportToolProblem?: Resolver<ResolversTypes['ProblemReportReceipt'], ParentType, ContextType, RequireFields<MutationReportToolProblemArgs, 'id' | 'input'>>;
  resolveProductReport?: Resolver<ResolversTypes['ProblemReport'], ParentType, ContextType, RequireFields<MutationResolveProductReportArgs, 'id'>>;
  resolveToolReport?: Resolver<ResolversTypes['ProblemReport'], ParentType, ContextType, RequireFields<MutationResolveToolReportArgs, 'id'>>;
  restoreAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationRestoreAlternativeArgs, 'id'>>;
  restoreCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationRestoreCategoryArgs, 'id'>>;
  restoreProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationRestoreProductArgs, 'id'>>;
  restoreTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationRestoreToolArgs, 'id'>>;
  sendBackAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationSendBackAlternativeArgs, 'comment' | 'id'>>;
  sendBackCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationSendBackCategoryArgs, 'comment' | 'id'>>;
  sendBackProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationSendBackProductArgs, 'comment' | 'id'>>;
  sendBackTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationSendBackToolArgs, 'comment' | 'id'>>;
  submitAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationSubmitAlternativeArgs, 'id'>>;
  submitCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationSubmitCategoryArgs, 'id'>>;
  submitProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationSubmitProductArgs, 'id'>>;
  submitTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationSubmitToolArgs, 'id'>>;
  updateAlternative?: Resolver<ResolversTypes['AlternativeEntry'], ParentType, ContextType, RequireFields<MutationUpdateAlternativeArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateCategory?: Resolver<ResolversTypes['CategoryEntry'], ParentType, ContextType, RequireFields<MutationUpdateCategoryArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductEntry'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTool?: Resolver<ResolversTypes['ToolEntry'], ParentType, ContextType, RequireFields<MutationUpdateToolArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedCuratedTools?: Resolver<Array<ResolversTypes['ArchivedTool']>, ParentType, ContextType>;
  curatedTools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformResolvers = EnumResolverSignature<{ ANDROID?: any, CHROMEOS?: any, IOS?: any, LINUX?: any, MACOS?: any, WEB?: any, WINDOWS?: any }, ResolversTypes['Platform']>;

export type PrivacyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Privacy'] = ResolversParentTypes['Privacy']> = {
  dataLocation?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  privacyconvenant?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  processorAgreement?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type ProblemReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemReport'] = ResolversParentTypes['ProblemReport']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
};

export type ProblemReportReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProblemReportReceipt'] = ResolversParentTypes['ProblemReportReceipt']> = {
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  alternatives?: Resolver<Array<ResolversTypes['Alternative']>, ParentType, ContextType, Partial<ProductAlternativesArgs>>;
  archivedAlternatives?: Resolver<Array<ResolversTypes['ArchivedTool']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  discontinued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discontinuedNote?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  discontinuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discontinuedSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  homepage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vendorCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEntry'] = ResolversParentTypes['ProductEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  _outbox?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<Query_OutboxArgs>>;
  alternativeEntries?: Resolver<Array<ResolversTypes['AlternativeEntry']>, ParentType, ContextType, Partial<QueryAlternativeEntriesArgs>>;
  alternativeEntry?: Resolver<Maybe<ResolversTypes['AlternativeEntry']>, ParentType, ContextType, RequireFields<QueryAlternativeEntryArgs, 'id'>>;
  alternatives?: Resolver<ResolversTypes['Alternatives'], ParentType, ContextType, RequireFields<QueryAlternativesArgs, 'first' | 'to'>>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, Partial<QueryCategoriesArgs>>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'id'>>;
  categoryEntries?: Resolver<Array<ResolversTypes['CategoryEntry']>, ParentType, ContextType, Partial<QueryCategoryEntriesArgs>>;
  categoryEntry?: Resolver<Maybe<ResolversTypes['CategoryEntry']>, ParentType, ContextType, RequireFields<QueryCategoryEntryArgs, 'id'>>;
  openProductReports?: Resolver<Array<ResolversTypes['ProblemReport']>, ParentType, ContextType, RequireFields<QueryOpenProductReportsArgs, 'first'>>;
  openToolReports?: Resolver<Array<ResolversTypes['ProblemReport']>, ParentType, ContextType, RequireFields<QueryOpenToolReportsArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productEntries?: Resolver<Array<ResolversTypes['ProductEntry']>, ParentType, ContextType, Partial<QueryProductEntriesArgs>>;
  productEntry?: Resolver<Maybe<ResolversTypes['ProductEntry']>, ParentType, ContextType, RequireFields<QueryProductEntryArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  tool?: Resolver<Maybe<ResolversTypes['Tool']>, ParentType, ContextType, RequireFields<QueryToolArgs, 'id'>>;
  toolEntries?: Resolver<Array<ResolversTypes['ToolEntry']>, ParentType, ContextType, Partial<QueryToolEntriesArgs>>;
  toolEntry?: Resolver<Maybe<ResolversTypes['ToolEntry']>, ParentType, ContextType, RequireFields<QueryToolEntryArgs, 'id'>>;
  tools?: Resolver<ResolversTypes['ToolConnection'], ParentType, ContextType, RequireFields<QueryToolsArgs, 'first' | 'orderBy'>>;
};

export type ReportStatusResolvers = EnumResolverSignature<{ OPEN?: any, RESOLVED?: any }, ResolversTypes['ReportStatus']>;

export type RevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  action?: Resolver<ResolversTypes['RevisionAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Editor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionActionResolvers = EnumResolverSignature<{ ARCHIVE?: any, CANCEL_ARCHIVE?: any, CREATE?: any, PUBLISH?: any, REQUEST_ARCHIVE?: any, RESTORE?: any, SEND_BACK?: any, SUBMIT?: any, UPDATE?: any }, ResolversTypes['RevisionAction']>;

export type SectorResolvers = EnumResolverSignature<{ HO?: any, MBO?: any, PO?: any, SO?: any, VO?: any }, ResolversTypes['Sector']>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard'], FederationReferenceType extends FederationReferenceTypes['Standard'] = FederationReferenceTypes['Standard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Standard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedImplementedBy?: Resolver<Array<ResolversTypes['ArchivedTool']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type ToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tool'] = ResolversParentTypes['Tool'], FederationReferenceType extends FederationReferenceTypes['Tool'] = FederationReferenceTypes['Tool']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tool']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessibility?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  archivedReplaces?: Resolver<Array<ResolversTypes['ArchivedProduct']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  curatedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  developmentStatus?: Resolver<ResolversTypes['DevelopmentStatus'], ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  features?: Resolver<Maybe<ResolversTypes['LocalizedList']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  homepage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hosting?: Resolver<Array<ResolversTypes['HostingOption']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  license?: Resolver<ResolversTypes['License'], ParentType, ContextType>;
  maintainer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maintenance?: Resolver<Maybe<ResolversTypes['Maintenance']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  privacy?: Resolver<Maybe<ResolversTypes['Privacy']>, ParentType, ContextType>;
  replaces?: Resolver<Array<ResolversTypes['Alternative']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ToolConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolConnection'] = ResolversParentTypes['ToolConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ToolEdge']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['Facet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ToolDimensionResolvers = EnumResolverSignature<{ CATEGORY?: any, DEVELOPMENT_STATUS?: any, FACILITY?: any, HOSTING?: any, LANGUAGE?: any, LICENSE?: any, LICENSE_CONDITION?: any, PLATFORM?: any, REPLACES?: any, SECTOR?: any, STANDARD?: any }, ResolversTypes['ToolDimension']>;

export type ToolEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolEdge'] = ResolversParentTypes['ToolEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type ToolEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolEntry'] = ResolversParentTypes['ToolEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Tool']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ToolOrderResolvers = EnumResolverSignature<{ NAME?: any, RELEVANCE?: any, UPDATED?: any }, ResolversTypes['ToolOrder']>;

export type UncertaintyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Uncertainty'] = ResolversParentTypes['Uncertainty']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alternative?: AlternativeResolvers<ContextType>;
  AlternativeEntry?: AlternativeEntryResolvers<ContextType>;
  Alternatives?: AlternativesResolvers<ContextType>;
  ArchivedProduct?: ArchivedProductResolvers<ContextType>;
  ArchivedTool?: ArchivedToolResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategoryEntry?: CategoryEntryResolvers<ContextType>;
  Certainty?: CertaintyResolvers;
  DateTime?: GraphQLScalarType;
  DevelopmentStatus?: DevelopmentStatusResolvers;
  Editor?: EditorResolvers<ContextType>;
  EntryStatus?: EntryStatusResolvers;
  Facet?: FacetResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Fit?: FitResolvers;
  HostingOption?: HostingOptionResolvers;
  JSON?: GraphQLScalarType;
  License?: LicenseResolvers<ContextType>;
  LicenseCaveat?: LicenseCaveatResolvers<ContextType>;
  LicenseCaveatKind?: LicenseCaveatKindResolvers;
  LicenseChange?: LicenseChangeResolvers<ContextType>;
  LicenseComponent?: LicenseComponentResolvers<ContextType>;
  LicenseCondition?: LicenseConditionResolvers;
  LicenseScope?: LicenseScopeResolvers;
  LocalizedList?: LocalizedListResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Maintenance?: MaintenanceResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers;
  Privacy?: PrivacyResolvers<ContextType>;
  ProblemReport?: ProblemReportResolvers<ContextType>;
  ProblemReportReceipt?: ProblemReportReceiptResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductEntry?: ProductEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  Revision?: RevisionResolvers<ContextType>;
  RevisionAction?: RevisionActionResolvers;
  Sector?: SectorResolvers;
  Source?: SourceResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  Tool?: ToolResolvers<ContextType>;
  ToolConnection?: ToolConnectionResolvers<ContextType>;
  ToolDimension?: ToolDimensionResolvers;
  ToolEdge?: ToolEdgeResolvers<ContextType>;
  ToolEntry?: ToolEntryResolvers<ContextType>;
  ToolOrder?: ToolOrderResolvers;
  Uncertainty?: UncertaintyResolvers<ContextType>;
};

