import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RevisionRow, ProblemReportRow, EntryRow } from '@edu-catalogus/kit/curation';
import type { StoredUncertainty } from '@edu-catalogus/kit/data';
import type { OfferingRow, AdviceRow } from '../store/tables.ts';
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

/** What curators advise instead of a product in one sector: one tool or a combination. */
export type Advice = {
  __typename?: 'Advice';
  alsoConsider: Array<Tool>;
  caveats: Array<Scalars['String']['output']>;
  certainty: Certainty;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  product: Product;
  /** In English, as researched. */
  reasons: Array<Scalars['String']['output']>;
  recommended: Array<Tool>;
  sector: Sector;
  sources: Array<Source>;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  updatedAt: Scalars['String']['output'];
  verifiedAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type AdviceEntry = {
  __typename?: 'AdviceEntry';
  canPublish: Scalars['Boolean']['output'];
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Advice>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Only `product` and `sector` are needed for a draft. */
export type AdviceInput = {
  alsoConsider?: InputMaybe<Array<Scalars['ID']['input']>>;
  caveats?: InputMaybe<Array<Scalars['String']['input']>>;
  certainty?: InputMaybe<Certainty>;
  /** Product id (checked with the tools subgraph). */
  product: Scalars['ID']['input'];
  reasons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tool ids (checked with the tools subgraph). */
  recommend?: InputMaybe<Array<Scalars['ID']['input']>>;
  sector: Sector;
  sources?: InputMaybe<Array<SourceInput>>;
  summary?: InputMaybe<LocalizedTextInput>;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

/** How well the facts of an entry are confirmed by its sources. */
export type Certainty =
  | 'CONFIRMED'
  | 'PROBABLE'
  | 'UNCERTAIN';

/** Where the data is kept; null where it is not known. */
export type DataLocation = {
  __typename?: 'DataLocation';
  /** ISO 3166-1 alpha-2 country code. */
  country?: Maybe<Scalars['String']['output']>;
  withinEu?: Maybe<Scalars['Boolean']['output']>;
};

export type DataLocationInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  withinEu?: InputMaybe<Scalars['Boolean']['input']>;
};

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

export type FieldChange = {
  __typename?: 'FieldChange';
  /** Dotted path of the changed field (`license.expression`). */
  field: Scalars['String']['output'];
  new?: Maybe<Scalars['JSON']['output']>;
  old?: Maybe<Scalars['JSON']['output']>;
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

/** Curation of offerings and advice; the same rules as for tools. */
export type Mutation = {
  __typename?: 'Mutation';
  archiveAdvice: AdviceEntry;
  archiveOffering: OfferingEntry;
  /** The id is `<product>--<sector in lower case>`. */
  createAdvice: AdviceEntry;
  createOffering: OfferingEntry;
  publishAdvice: AdviceEntry;
  publishOffering: OfferingEntry;
  restoreAdvice: AdviceEntry;
  restoreOffering: OfferingEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackAdvice: AdviceEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackOffering: OfferingEntry;
  submitAdvice: AdviceEntry;
  submitOffering: OfferingEntry;
  updateAdvice: AdviceEntry;
  updateOffering: OfferingEntry;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationArchiveAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationArchiveOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationCreateAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: AdviceInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationCreateOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: OfferingInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationPublishAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationPublishOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationRestoreAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationRestoreOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationSendBackAdviceArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationSendBackOfferingArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationSubmitAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationSubmitOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationUpdateAdviceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdviceInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationUpdateOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OfferingInput;
};

/** A tool ready to use ('direct te gebruiken'), run by a provider. */
export type Offering = {
  __typename?: 'Offering';
  certainty: Certainty;
  dataLocation: DataLocation;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  price: PriceIndication;
  processorAgreement: ProcessorAgreement;
  provider: Organisation;
  /** Sectors it is aimed at; empty when not aimed at a sector or not known. */
  sectors: Array<Sector>;
  /** Empty when not known. */
  signIn: Array<SignInOption>;
  sources: Array<Source>;
  tool: Tool;
  uncertainties: Array<Uncertainty>;
  updatedAt: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** When the facts were last checked against the sources (YYYY-MM-DD). */
  verifiedAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type OfferingEntry = {
  __typename?: 'OfferingEntry';
  canPublish: Scalars['Boolean']['output'];
  /** The pending content as OfferingInput; null when nothing is pending. */
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Offering>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Only `tool` and `provider` are needed for a draft; submitting needs processorAgreement, price, url, sources, certainty and verifiedAt. */
export type OfferingInput = {
  certainty?: InputMaybe<Certainty>;
  dataLocation?: InputMaybe<DataLocationInput>;
  /** Slug id for a new offering; `<provider>-<tool>` when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  price?: InputMaybe<PriceIndicationInput>;
  processorAgreement?: InputMaybe<ProcessorAgreement>;
  /** Organisation id (checked with the facilities subgraph). */
  provider: Scalars['ID']['input'];
  sectors?: InputMaybe<Array<Sector>>;
  signIn?: InputMaybe<Array<SignInOption>>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** Tool id (checked with the tools subgraph). */
  tool: Scalars['ID']['input'];
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  url?: InputMaybe<Scalars['String']['input']>;
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** Published offerings this organisation provides. */
  offerings: Array<Offering>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PriceIndication = {
  __typename?: 'PriceIndication';
  amount?: Maybe<Scalars['Float']['output']>;
  /** When the price was published (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: Maybe<Scalars['String']['output']>;
  /** ISO 4217 currency code. */
  currency?: Maybe<Scalars['String']['output']>;
  kind: PriceKind;
};

export type PriceIndicationInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  kind: PriceKind;
};

export type PriceKind =
  | 'FREE'
  | 'ON_REQUEST'
  | 'PER_PUPIL'
  | 'PER_SCHOOL';

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

/** Whether a processor agreement on the Privacyconvenant model is available; UNKNOWN when no source says. */
export type ProcessorAgreement =
  | 'NO'
  | 'UNKNOWN'
  | 'YES';

export type Product = {
  __typename?: 'Product';
  /** What curators advise instead of this product in a sector; null when there is no advice. */
  advice?: Maybe<Advice>;
  id: Scalars['ID']['output'];
};


export type ProductAdviceArgs = {
  sector: Sector;
};

export type Query = {
  __typename?: 'Query';
  /** Internal: this subgraph's change outbox `{ events, watermark }`, read by the gateway's feed; not in the public API. */
  _outbox: Scalars['JSON']['output'];
  /** What curators advise instead of a product in one sector; null when there is no advice. */
  advice?: Maybe<Advice>;
  adviceEntries: Array<AdviceEntry>;
  /** A curated advice entry (`<product>--<sector>`, e.g. `microsoft-teams--po`) with its pending draft and history. */
  adviceEntry?: Maybe<AdviceEntry>;
  /** A published offering by its slug id (`surf-surfdrive`). */
  offering?: Maybe<Offering>;
  /** Offering entries a curator works with, optionally in some workflow states (IN_REVIEW = the review queue). */
  offeringEntries: Array<OfferingEntry>;
  /** A curated offering entry with its pending draft and history. */
  offeringEntry?: Maybe<OfferingEntry>;
};


export type Query_OutboxArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAdviceArgs = {
  product: Scalars['ID']['input'];
  sector: Sector;
};


export type QueryAdviceEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryAdviceEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferingEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryOfferingEntryArgs = {
  id: Scalars['ID']['input'];
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

/** How school staff sign in to an offering. */
export type SignInOption =
  | 'EDUID'
  | 'ENTREE'
  | 'LOCAL'
  | 'OTHER'
  | 'SURFCONEXT';

export type Source = {
  __typename?: 'Source';
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type SourceInput = {
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type Tool = {
  __typename?: 'Tool';
  id: Scalars['ID']['output'];
  /** Published offerings of this tool, ready to use. */
  offerings: Array<Offering>;
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
  Advice: Advice;
  Offering: Offering;
  Organisation: Organisation;
  Product: Product;
  Tool: Tool;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Advice:
    ( { __typename: 'Advice' }
    & GraphQLRecursivePick<FederationTypes['Advice'], {"id":true}> );
  Offering:
    ( { __typename: 'Offering' }
    & GraphQLRecursivePick<FederationTypes['Offering'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Tool:
    ( { __typename: 'Tool' }
    & GraphQLRecursivePick<FederationTypes['Tool'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Advice: ResolverTypeWrapper<AdviceRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdviceEntry: ResolverTypeWrapper<EntryRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AdviceInput: AdviceInput;
  Certainty: ResolverTypeWrapper<string>;
  DataLocation: ResolverTypeWrapper<DataLocation>;
  DataLocationInput: DataLocationInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Editor: ResolverTypeWrapper<{ sub: string; name: string | null; organisation: string | null }>;
  EntryStatus: ResolverTypeWrapper<string>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offering: ResolverTypeWrapper<OfferingRow>;
  OfferingEntry: ResolverTypeWrapper<EntryRow>;
  OfferingInput: OfferingInput;
  Organisation: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceIndication: ResolverTypeWrapper<Omit<PriceIndication, 'kind'> & { kind: ResolversTypes['PriceKind'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PriceIndicationInput: PriceIndicationInput;
  PriceKind: ResolverTypeWrapper<string>;
  ProblemReport: ResolverTypeWrapper<ProblemReportRow>;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ResolverTypeWrapper<ProblemReportReceipt>;
  ProcessorAgreement: ResolverTypeWrapper<string>;
  Product: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportStatus: ResolverTypeWrapper<string>;
  Revision: ResolverTypeWrapper<RevisionRow>;
  RevisionAction: ResolverTypeWrapper<string>;
  Sector: ResolverTypeWrapper<string>;
  SignInOption: ResolverTypeWrapper<string>;
  Source: ResolverTypeWrapper<Source>;
  SourceInput: SourceInput;
  Tool: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  Uncertainty: ResolverTypeWrapper<StoredUncertainty>;
  UncertaintyInput: UncertaintyInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Advice: AdviceRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AdviceEntry: EntryRow;
  Boolean: Scalars['Boolean']['output'];
  AdviceInput: AdviceInput;
  DataLocation: DataLocation;
  DataLocationInput: DataLocationInput;
  DateTime: Scalars['DateTime']['output'];
  Editor: { sub: string; name: string | null; organisation: string | null };
  FieldChange: FieldChange;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  Offering: OfferingRow;
  OfferingEntry: EntryRow;
  OfferingInput: OfferingInput;
  Organisation: { __typename?: string; id: string };
  PageInfo: PageInfo;
  PriceIndication: PriceIndication;
  Float: Scalars['Float']['output'];
  PriceIndicationInput: PriceIndicationInput;
  ProblemReport: ProblemReportRow;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ProblemReportReceipt;
  Product: { __typename?: string; id: string };
  Query: Record<PropertyKey, never>;
  Revision: RevisionRow;
  Source: Source;
  SourceInput: SourceInput;
  Tool: { __typename?: string; id: string };
  Uncertainty: StoredUncertainty;
  UncertaintyInput: UncertaintyInput;
};

export type AdviceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Advice'] = ResolversParentTypes['Advice'], FederationReferenceType extends FederationReferenceTypes['Advice'] = FederationReferenceTypes['Advice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Advice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alsoConsider?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommended?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdviceEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdviceEntry'] = ResolversParentTypes['AdviceEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Advice']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertaintyResolvers = EnumResolverSignature<{ CONFIRMED?: any, PROBABLE?: any, UNCERTAIN?: any }, ResolversTypes['Certainty']>;

export type DataLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataLocation'] = ResolversParentTypes['DataLocation']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withinEu?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Editor'] = ResolversParentTypes['Editor']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntryStatusResolvers = EnumResolverSignature<{ ARCHIVED?: any, ARCHIVE_REQUESTED?: any, DRAFT?: any, IN_REVIEW?: any, PUBLISHED?: any }, ResolversTypes['EntryStatus']>;

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  new?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  old?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archiveAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationArchiveAdviceArgs, 'id'>>;
  archiveOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationArchiveOfferingArgs, 'id'>>;
  createAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationCreateAdviceArgs, 'input'>>;
  createOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationCreateOfferingArgs, 'input'>>;
  publishAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationPublishAdviceArgs, 'id'>>;
  publishOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationPublishOfferingArgs, 'id'>>;
  restoreAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationRestoreAdviceArgs, 'id'>>;
  restoreOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationRestoreOfferingArgs, 'id'>>;
  sendBackAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationSendBackAdviceArgs, 'comment' | 'id'>>;
  sendBackOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationSendBackOfferingArgs, 'comment' | 'id'>>;
  submitAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationSubmitAdviceArgs, 'id'>>;
  submitOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationSubmitOfferingArgs, 'id'>>;
  updateAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationUpdateAdviceArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationUpdateOfferingArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OfferingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offering'] = ResolversParentTypes['Offering'], FederationReferenceType extends FederationReferenceTypes['Offering'] = FederationReferenceTypes['Offering']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offering']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  dataLocation?: Resolver<ResolversTypes['DataLocation'], ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['PriceIndication'], ParentType, ContextType>;
  processorAgreement?: Resolver<ResolversTypes['ProcessorAgreement'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  signIn?: Resolver<Array<ResolversTypes['SignInOption']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferingEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingEntry'] = ResolversParentTypes['OfferingEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PriceIndicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceIndication'] = ResolversParentTypes['PriceIndication']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PriceKind'], ParentType, ContextType>;
};

export type PriceKindResolvers = EnumResolverSignature<{ FREE?: any, ON_REQUEST?: any, PER_PUPIL?: any, PER_SCHOOL?: any }, ResolversTypes['PriceKind']>;

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

export type ProcessorAgreementResolvers = EnumResolverSignature<{ NO?: any, UNKNOWN?: any, YES?: any }, ResolversTypes['ProcessorAgreement']>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  advice?: Resolver<Maybe<ResolversTypes['Advice']>, ParentType, ContextType, RequireFields<ProductAdviceArgs, 'sector'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  _outbox?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<Query_OutboxArgs>>;
  advice?: Resolver<Maybe<ResolversTypes['Advice']>, ParentType, ContextType, RequireFields<QueryAdviceArgs, 'product' | 'sector'>>;
  adviceEntries?: Resolver<Array<ResolversTypes['AdviceEntry']>, ParentType, ContextType, Partial<QueryAdviceEntriesArgs>>;
  adviceEntry?: Resolver<Maybe<ResolversTypes['AdviceEntry']>, ParentType, ContextType, RequireFields<QueryAdviceEntryArgs, 'id'>>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType, RequireFields<QueryOfferingArgs, 'id'>>;
  offeringEntries?: Resolver<Array<ResolversTypes['OfferingEntry']>, ParentType, ContextType, Partial<QueryOfferingEntriesArgs>>;
  offeringEntry?: Resolver<Maybe<ResolversTypes['OfferingEntry']>, ParentType, ContextType, RequireFields<QueryOfferingEntryArgs, 'id'>>;
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

export type SignInOptionResolvers = EnumResolverSignature<{ EDUID?: any, ENTREE?: any, LOCAL?: any, OTHER?: any, SURFCONEXT?: any }, ResolversTypes['SignInOption']>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tool'] = ResolversParentTypes['Tool'], FederationReferenceType extends FederationReferenceTypes['Tool'] = FederationReferenceTypes['Tool']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tool']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
};

export type UncertaintyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Uncertainty'] = ResolversParentTypes['Uncertainty']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Advice?: AdviceResolvers<ContextType>;
  AdviceEntry?: AdviceEntryResolvers<ContextType>;
  Certainty?: CertaintyResolvers;
  DataLocation?: DataLocationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Editor?: EditorResolvers<ContextType>;
  EntryStatus?: EntryStatusResolvers;
  FieldChange?: FieldChangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offering?: OfferingResolvers<ContextType>;
  OfferingEntry?: OfferingEntryResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceIndication?: PriceIndicationResolvers<ContextType>;
  PriceKind?: PriceKindResolvers;
  ProblemReport?: ProblemReportResolvers<ContextType>;
  ProblemReportReceipt?: ProblemReportReceiptResolvers<ContextType>;
  ProcessorAgreement?: ProcessorAgreementResolvers;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  Revision?: RevisionResolvers<ContextType>;
  RevisionAction?: RevisionActionResolvers;
  Sector?: SectorResolvers;
  SignInOption?: SignInOptionResolvers;
  Source?: SourceResolvers<ContextType>;
  Tool?: ToolResolvers<ContextType>;
  Uncertainty?: UncertaintyResolvers<ContextType>;
};

