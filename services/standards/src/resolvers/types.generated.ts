import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RevisionRow, ProblemReportRow, EntryRow } from '@edu-catalogus/kit/curation';
import type { StoredUncertainty } from '@edu-catalogus/kit/data';
import type { StandardRow, StandardVersionRow } from '../store/tables.ts';
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

/** A standard no longer in the catalogue (archived): only who it was, for pages that linked to it. */
export type ArchivedStandard = {
  __typename?: 'ArchivedStandard';
  acronym?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** How well the facts of an entry are confirmed by its sources. */
export type Certainty =
  | 'CONFIRMED'
  | 'PROBABLE'
  | 'UNCERTAIN';

/** The standard's status in the Dutch vocabularies. */
export type DutchStatus = {
  __typename?: 'DutchStatus';
  /** Edustandaard's register. */
  edustandaard?: Maybe<EdustandaardListing>;
  /** Forum Standaardisatie's 'pas toe of leg uit' list. */
  forumStandaardisatie?: Maybe<ForumListing>;
};

export type DutchStatusInput = {
  edustandaard?: InputMaybe<EdustandaardListingInput>;
  forumStandaardisatie?: InputMaybe<ForumListingInput>;
};

export type Editor = {
  __typename?: 'Editor';
  name?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Organisation>;
  /** The person's id at the identity provider. */
  sub: Scalars['ID']['output'];
};

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

export type EdustandaardListing = {
  __typename?: 'EdustandaardListing';
  beheerstatus?: Maybe<EdustandaardBeheerstatus>;
  gebruiksadvies?: Maybe<EdustandaardAdvies>;
  /** Werkingsgebied codes: vve, po, vo, bve, ho, nfo. */
  werkingsgebied: Array<Scalars['String']['output']>;
};

export type EdustandaardListingInput = {
  beheerstatus?: InputMaybe<EdustandaardBeheerstatus>;
  gebruiksadvies?: InputMaybe<EdustandaardAdvies>;
  werkingsgebied?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EntryStatus =
  | 'ARCHIVED'
  /** Still published: one curator asked to archive it; archive* by another curator archives it, restore* withdraws the request. */
  | 'ARCHIVE_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type FieldChange = {
  __typename?: 'FieldChange';
  /** Dotted path of the changed field (`license.expression`). */
  field: Scalars['String']['output'];
  new?: Maybe<Scalars['JSON']['output']>;
  old?: Maybe<Scalars['JSON']['output']>;
};

export type ForumListing = {
  __typename?: 'ForumListing';
  /** The list entry, when it differs from the standard's name. */
  entry?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['String']['output']>;
  status: ForumStatus;
};

export type ForumListingInput = {
  entry?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  status: ForumStatus;
};

export type ForumStatus =
  | 'AANBEVOLEN'
  | 'ARCHIEF'
  | 'IN_BEHANDELING'
  | 'VERPLICHT';

export type LocalizedText = {
  __typename?: 'LocalizedText';
  en?: Maybe<Scalars['String']['output']>;
  nl: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  nl: Scalars['String']['input'];
};

/** Curation of standards; the same rules as for tools. */
export type Mutation = {
  __typename?: 'Mutation';
  archiveStandard: StandardEntry;
  createStandard: StandardEntry;
  publishStandard: StandardEntry;
  /** Reports a problem with a published standard (anyone, no account; at most 20 open reports per entry). */
  reportStandardProblem: ProblemReportReceipt;
  /** Marks an open report on a standard resolved. */
  resolveStandardReport: ProblemReport;
  restoreStandard: StandardEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackStandard: StandardEntry;
  submitStandard: StandardEntry;
  updateStandard: StandardEntry;
};


/** Curation of standards; the same rules as for tools. */
export type MutationArchiveStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationCreateStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: StandardInput;
};


/** Curation of standards; the same rules as for tools. */
export type MutationPublishStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationReportStandardProblemArgs = {
  id: Scalars['ID']['input'];
  input: ProblemReportInput;
};


/** Curation of standards; the same rules as for tools. */
export type MutationResolveStandardReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationRestoreStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationSendBackStandardArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationSubmitStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of standards; the same rules as for tools. */
export type MutationUpdateStandardArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: StandardInput;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** Standards this organisation maintained that have been archived since: a page can name them instead of dropping them. */
  archivedMaintainedStandards: Array<ArchivedStandard>;
  id: Scalars['ID']['output'];
  /** Published standards this organisation maintains. */
  maintainedStandards: Array<Standard>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Internal: this subgraph's change outbox `{ events, watermark }`, read by the gateway's feed; not in the public API. */
  _outbox: Scalars['JSON']['output'];
  /** Open problem reports on standards, oldest first (at most 100). */
  openStandardReports: Array<ProblemReport>;
  /** A published standard by its slug id (`lti-1-3`). */
  standard?: Maybe<Standard>;
  /** Standard entries a curator works with, optionally in some workflow states (IN_REVIEW = the review queue). */
  standardEntries: Array<StandardEntry>;
  /** A curated standard entry with its pending draft and history (the pending draft and its revisions: the owner's curators, any curator for unclaimed entries, the proposing organisation, admins; others see the published content). */
  standardEntry?: Maybe<StandardEntry>;
  standards: StandardConnection;
};


export type Query_OutboxArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenStandardReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStandardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStandardEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryStandardEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStandardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<StandardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StandardOrder>;
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

/** A standard used by education software or facilities (ECK iD, Edukoppeling, SAML, LTI ...). */
export type Standard = {
  __typename?: 'Standard';
  acronym?: Maybe<Scalars['String']['output']>;
  certainty: Certainty;
  description?: Maybe<LocalizedText>;
  domain: StandardDomain;
  dutchStatus: DutchStatus;
  /** Where the entry is in the curation workflow; anonymous readers only see PUBLISHED. */
  entryStatus: EntryStatus;
  /** Every change to the entry, oldest first (curators). */
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  /** True for global standards (SAML, LTI), false for Dutch ones (Edukoppeling, UWLR). */
  international: Scalars['Boolean']['output'];
  /** The organisation that maintains the standard (beheerorganisatie); null once that organisation was archived. */
  maintainer?: Maybe<Organisation>;
  name: Scalars['String']['output'];
  /** The sectors the standard applies to. */
  sectors: Array<Sector>;
  sources: Array<Source>;
  specificationUrl?: Maybe<Scalars['String']['output']>;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  updatedAt: Scalars['String']['output'];
  /** When the facts were last checked against the sources (YYYY-MM-DD); not when the entry last changed. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Versions, newest first. */
  versions: Array<StandardVersion>;
};

export type StandardConnection = {
  __typename?: 'StandardConnection';
  edges: Array<StandardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

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

export type StandardEdge = {
  __typename?: 'StandardEdge';
  cursor: Scalars['String']['output'];
  node: Standard;
};

export type StandardEntry = {
  __typename?: 'StandardEntry';
  canPublish: Scalars['Boolean']['output'];
  /** The pending content as StandardInput; null when nothing is pending. */
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Standard>;
  updatedAt: Scalars['String']['output'];
  /** Increases with every write; pass it as expectedVersion to update. */
  version: Scalars['Int']['output'];
};

/** Filters combine with AND; the values within one filter with OR. */
export type StandardFilter = {
  domain?: InputMaybe<Array<StandardDomain>>;
  edustandaardAdvice?: InputMaybe<Array<EdustandaardAdvies>>;
  forumStatus?: InputMaybe<Array<ForumStatus>>;
  international?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organisation ids. */
  maintainer?: InputMaybe<Array<Scalars['ID']['input']>>;
  sector?: InputMaybe<Array<Sector>>;
};

/** Only `name` and `summary.nl` are needed for a draft; submitting needs maintainer, domain, sources and certainty. */
export type StandardInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<Certainty>;
  description?: InputMaybe<LocalizedTextInput>;
  domain?: InputMaybe<StandardDomain>;
  dutchStatus?: InputMaybe<DutchStatusInput>;
  /** Slug id for a new standard; derived from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  international?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organisation id (checked with the facilities subgraph). */
  maintainer?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  sectors?: InputMaybe<Array<Sector>>;
  sources?: InputMaybe<Array<SourceInput>>;
  specificationUrl?: InputMaybe<Scalars['String']['input']>;
  summary: LocalizedTextInput;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
  versions?: InputMaybe<Array<StandardVersionInput>>;
};

export type StandardOrder =
  | 'NAME'
  /** Most recently changed first: the feeds of recent changes. */
  | 'UPDATED';

export type StandardVersion = {
  __typename?: 'StandardVersion';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: Maybe<Scalars['String']['output']>;
  status: VersionStatus;
  version: Scalars['String']['output'];
};

export type StandardVersionInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  status: VersionStatus;
  version: Scalars['String']['input'];
};

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

export type VersionStatus =
  | 'CONCEPT'
  | 'IN_ONTWIKKELING'
  | 'VASTGESTELD'
  | 'VERVALLEN';



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
  Organisation: Organisation;
  Standard: Standard;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Standard:
    ( { __typename: 'Standard' }
    & GraphQLRecursivePick<FederationTypes['Standard'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ArchivedStandard: ResolverTypeWrapper<ArchivedStandard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Certainty: ResolverTypeWrapper<string>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DutchStatus: ResolverTypeWrapper<Omit<DutchStatus, 'edustandaard' | 'forumStandaardisatie'> & { edustandaard?: Maybe<ResolversTypes['EdustandaardListing']>, forumStandaardisatie?: Maybe<ResolversTypes['ForumListing']> }>;
  DutchStatusInput: DutchStatusInput;
  Editor: ResolverTypeWrapper<{ sub: string; name: string | null; organisation: string | null }>;
  EdustandaardAdvies: ResolverTypeWrapper<string>;
  EdustandaardBeheerstatus: ResolverTypeWrapper<string>;
  EdustandaardListing: ResolverTypeWrapper<Omit<EdustandaardListing, 'beheerstatus' | 'gebruiksadvies'> & { beheerstatus?: Maybe<ResolversTypes['EdustandaardBeheerstatus']>, gebruiksadvies?: Maybe<ResolversTypes['EdustandaardAdvies']> }>;
  EdustandaardListingInput: EdustandaardListingInput;
  EntryStatus: ResolverTypeWrapper<string>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ForumListing: ResolverTypeWrapper<Omit<ForumListing, 'status'> & { status: ResolversTypes['ForumStatus'] }>;
  ForumListingInput: ForumListingInput;
  ForumStatus: ResolverTypeWrapper<string>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Organisation: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ProblemReport: ResolverTypeWrapper<ProblemReportRow>;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ResolverTypeWrapper<ProblemReportReceipt>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportStatus: ResolverTypeWrapper<string>;
  Revision: ResolverTypeWrapper<RevisionRow>;
  RevisionAction: ResolverTypeWrapper<string>;
  Sector: ResolverTypeWrapper<string>;
  Source: ResolverTypeWrapper<Source>;
  SourceInput: SourceInput;
  Standard: ResolverTypeWrapper<StandardRow>;
  StandardConnection: ResolverTypeWrapper<Omit<StandardConnection, 'edges'> & { edges: Array<ResolversTypes['StandardEdge']> }>;
  StandardDomain: ResolverTypeWrapper<string>;
  StandardEdge: ResolverTypeWrapper<Omit<StandardEdge, 'node'> & { node: ResolversTypes['Standard'] }>;
  StandardEntry: ResolverTypeWrapper<EntryRow>;
  StandardFilter: StandardFilter;
  StandardInput: StandardInput;
  StandardOrder: ResolverTypeWrapper<string>;
  StandardVersion: ResolverTypeWrapper<StandardVersionRow>;
  StandardVersionInput: StandardVersionInput;
  Uncertainty: ResolverTypeWrapper<StoredUncertainty>;
  UncertaintyInput: UncertaintyInput;
  VersionStatus: ResolverTypeWrapper<string>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ArchivedStandard: ArchivedStandard;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DutchStatus: Omit<DutchStatus, 'edustandaard' | 'forumStandaardisatie'> & { edustandaard?: Maybe<ResolversParentTypes['EdustandaardListing']>, forumStandaardisatie?: Maybe<ResolversParentTypes['ForumListing']> };
  DutchStatusInput: DutchStatusInput;
  Editor: { sub: string; name: string | null; organisation: string | null };
  EdustandaardListing: EdustandaardListing;
  EdustandaardListingInput: EdustandaardListingInput;
  FieldChange: FieldChange;
  ForumListing: ForumListing;
  ForumListingInput: ForumListingInput;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Organisation: { __typename?: string; id: string };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  ProblemReport: ProblemReportRow;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ProblemReportReceipt;
  Query: Record<PropertyKey, never>;
  Revision: RevisionRow;
  Source: Source;
  SourceInput: SourceInput;
  Standard: StandardRow;
  StandardConnection: Omit<StandardConnection, 'edges'> & { edges: Array<ResolversParentTypes['StandardEdge']> };
  StandardEdge: Omit<StandardEdge, 'node'> & { node: ResolversParentTypes['Standard'] };
  StandardEntry: EntryRow;
  StandardFilter: StandardFilter;
  StandardInput: StandardInput;
  StandardVersion: StandardVersionRow;
  StandardVersionInput: StandardVersionInput;
  Uncertainty: StoredUncertainty;
  UncertaintyInput: UncertaintyInput;
};

export type ArchivedStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArchivedStandard'] = ResolversParentTypes['ArchivedStandard']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertaintyResolvers = EnumResolverSignature<{ CONFIRMED?: any, PROBABLE?: any, UNCERTAIN?: any }, ResolversTypes['Certainty']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DutchStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DutchStatus'] = ResolversParentTypes['DutchStatus']> = {
  edustandaard?: Resolver<Maybe<ResolversTypes['EdustandaardListing']>, ParentType, ContextType>;
  forumStandaardisatie?: Resolver<Maybe<ResolversTypes['ForumListing']>, ParentType, ContextType>;
};

export type EditorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Editor'] = ResolversParentTypes['Editor']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EdustandaardAdviesResolvers = EnumResolverSignature<{ AANGERADEN?: any, ONDER_VOORWAARDEN?: any, OPTIONEEL?: any, VERPLICHT?: any }, ResolversTypes['EdustandaardAdvies']>;

export type EdustandaardBeheerstatusResolvers = EnumResolverSignature<{ GEREGISTREERD?: any, IN_BEHEER?: any, IN_ONTWIKKELING?: any, UIT_BEHEER?: any }, ResolversTypes['EdustandaardBeheerstatus']>;

export type EdustandaardListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EdustandaardListing'] = ResolversParentTypes['EdustandaardListing']> = {
  beheerstatus?: Resolver<Maybe<ResolversTypes['EdustandaardBeheerstatus']>, ParentType, ContextType>;
  gebruiksadvies?: Resolver<Maybe<ResolversTypes['EdustandaardAdvies']>, ParentType, ContextType>;
  werkingsgebied?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntryStatusResolvers = EnumResolverSignature<{ ARCHIVED?: any, ARCHIVE_REQUESTED?: any, DRAFT?: any, IN_REVIEW?: any, PUBLISHED?: any }, ResolversTypes['EntryStatus']>;

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  new?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  old?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ForumListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForumListing'] = ResolversParentTypes['ForumListing']> = {
  entry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ForumStatus'], ParentType, ContextType>;
};

export type ForumStatusResolvers = EnumResolverSignature<{ AANBEVOLEN?: any, ARCHIEF?: any, IN_BEHANDELING?: any, VERPLICHT?: any }, ResolversTypes['ForumStatus']>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archiveStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationArchiveStandardArgs, 'id'>>;
  createStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationCreateStandardArgs, 'input'>>;
  publishStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationPublishStandardArgs, 'id'>>;
  reportStandardProblem?: Resolver<ResolversTypes['ProblemReportReceipt'], ParentType, ContextType, RequireFields<MutationReportStandardProblemArgs, 'id' | 'input'>>;
  resolveStandardReport?: Resolver<ResolversTypes['ProblemReport'], ParentType, ContextType, RequireFields<MutationResolveStandardReportArgs, 'id'>>;
  restoreStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationRestoreStandardArgs, 'id'>>;
  sendBackStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationSendBackStandardArgs, 'comment' | 'id'>>;
  submitStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationSubmitStandardArgs, 'id'>>;
  updateStandard?: Resolver<ResolversTypes['StandardEntry'], ParentType, ContextType, RequireFields<MutationUpdateStandardArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedMaintainedStandards?: Resolver<Array<ResolversTypes['ArchivedStandard']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maintainedStandards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  _outbox?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<Query_OutboxArgs>>;
  openStandardReports?: Resolver<Array<ResolversTypes['ProblemReport']>, ParentType, ContextType, RequireFields<QueryOpenStandardReportsArgs, 'first'>>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType, RequireFields<QueryStandardArgs, 'id'>>;
  standardEntries?: Resolver<Array<ResolversTypes['StandardEntry']>, ParentType, ContextType, Partial<QueryStandardEntriesArgs>>;
  standardEntry?: Resolver<Maybe<ResolversTypes['StandardEntry']>, ParentType, ContextType, RequireFields<QueryStandardEntryArgs, 'id'>>;
  standards?: Resolver<ResolversTypes['StandardConnection'], ParentType, ContextType, RequireFields<QueryStandardsArgs, 'first' | 'orderBy'>>;
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
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['StandardDomain'], ParentType, ContextType>;
  dutchStatus?: Resolver<ResolversTypes['DutchStatus'], ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  international?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maintainer?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  specificationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['StandardVersion']>, ParentType, ContextType>;
};

export type StandardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardConnection'] = ResolversParentTypes['StandardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StandardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StandardDomainResolvers = EnumResolverSignature<{ ACCESSIBILITY?: any, API_DESIGN?: any, ASSESSMENT?: any, AUTHENTICATION?: any, COLLABORATION?: any, DATA_EXCHANGE?: any, DOCUMENT_FORMAT?: any, IDENTITY?: any, LEARNING_ANALYTICS?: any, LEARNING_CONTENT?: any, METADATA?: any, SOFTWARE_METADATA?: any, TRANSPORT?: any }, ResolversTypes['StandardDomain']>;

export type StandardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardEdge'] = ResolversParentTypes['StandardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StandardEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardEntry'] = ResolversParentTypes['StandardEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StandardOrderResolvers = EnumResolverSignature<{ NAME?: any, UPDATED?: any }, ResolversTypes['StandardOrder']>;

export type StandardVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardVersion'] = ResolversParentTypes['StandardVersion']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VersionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UncertaintyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Uncertainty'] = ResolversParentTypes['Uncertainty']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type VersionStatusResolvers = EnumResolverSignature<{ CONCEPT?: any, IN_ONTWIKKELING?: any, VASTGESTELD?: any, VERVALLEN?: any }, ResolversTypes['VersionStatus']>;

export type Resolvers<ContextType = Context> = {
  ArchivedStandard?: ArchivedStandardResolvers<ContextType>;
  Certainty?: CertaintyResolvers;
  DateTime?: GraphQLScalarType;
  DutchStatus?: DutchStatusResolvers<ContextType>;
  Editor?: EditorResolvers<ContextType>;
  EdustandaardAdvies?: EdustandaardAdviesResolvers;
  EdustandaardBeheerstatus?: EdustandaardBeheerstatusResolvers;
  EdustandaardListing?: EdustandaardListingResolvers<ContextType>;
  EntryStatus?: EntryStatusResolvers;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ForumListing?: ForumListingResolvers<ContextType>;
  ForumStatus?: ForumStatusResolvers;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProblemReport?: ProblemReportResolvers<ContextType>;
  ProblemReportReceipt?: ProblemReportReceiptResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  Revision?: RevisionResolvers<ContextType>;
  RevisionAction?: RevisionActionResolvers;
  Sector?: SectorResolvers;
  Source?: SourceResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  StandardConnection?: StandardConnectionResolvers<ContextType>;
  StandardDomain?: StandardDomainResolvers;
  StandardEdge?: StandardEdgeResolvers<ContextType>;
  StandardEntry?: StandardEntryResolvers<ContextType>;
  StandardOrder?: StandardOrderResolvers;
  StandardVersion?: StandardVersionResolvers<ContextType>;
  Uncertainty?: UncertaintyResolvers<ContextType>;
  VersionStatus?: VersionStatusResolvers;
};

