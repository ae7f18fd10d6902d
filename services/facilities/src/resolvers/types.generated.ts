import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RevisionRow, ProblemReportRow, EntryRow } from '@edu-catalogus/kit/curation';
import type { StoredUncertainty } from '@edu-catalogus/kit/data';
import type { FacilityRow, OrganisationRow } from '../store/tables.ts';
import type { WebhookSubscriptionRow } from '@edu-catalogus/kit/webhook-tables';
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

/** A facility no longer in the catalogue (archived): only who it was, for pages that linked to it. */
export type ArchivedFacility = {
  __typename?: 'ArchivedFacility';
  acronym?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An organisation no longer in the catalogue (archived): only who it was, for pages that linked to it. */
export type ArchivedOrganisation = {
  __typename?: 'ArchivedOrganisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

/** How well the facts of an entry are confirmed by its sources. */
export type Certainty =
  | 'CONFIRMED'
  | 'PROBABLE'
  | 'UNCERTAIN';

export type ChangeData = {
  __typename?: 'ChangeData';
  /** Public fields the change touched. */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** GraphQL type of the entity (Tool, Standard …). */
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A change to a published entry, as a CloudEvent 1.0. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  data: ChangeData;
  /** Unique per event: <subgraph>-<seq>. */
  id: Scalars['ID']['output'];
  /** The subgraph that recorded it (/subgraphs/tools). */
  source: Scalars['String']['output'];
  specversion: Scalars['String']['output'];
  /** The entity's id. */
  subject: Scalars['String']['output'];
  /** When it was published, RFC 3339. */
  time: Scalars['String']['output'];
  /** nl.edu-catalogus.<entity>.published|updated|archived|restored */
  type: Scalars['String']['output'];
};

export type ChangePage = {
  __typename?: 'ChangePage';
  /** Pass as after to continue; stable, opaque. */
  endCursor: Scalars['String']['output'];
  events: Array<ChangeEvent>;
  /** More events may be ready now. */
  hasMore: Scalars['Boolean']['output'];
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

/** A national facility of the education ICT base infrastructure (Nummervoorziening, Entree Federatie ...). */
export type Facility = {
  __typename?: 'Facility';
  acronym?: Maybe<Scalars['String']['output']>;
  /** Facilities that depended on this one and have been archived since. */
  archivedDependents: Array<ArchivedFacility>;
  /** Facilities this one depends on that have been archived since: a page can name them instead of dropping them. */
  archivedDependsOn: Array<ArchivedFacility>;
  /** The operator when it has been archived since: a page can name it instead of failing. */
  archivedOperator?: Maybe<ArchivedOrganisation>;
  /** Partners that have been archived since. */
  archivedPartners: Array<ArchivedOrganisation>;
  certainty: Certainty;
  /** Facilities that depend on this one. */
  dependents: Array<Facility>;
  /** Facilities this facility depends on. */
  dependsOn: Array<Facility>;
  description?: Maybe<LocalizedText>;
  /** Where the entry is in the curation workflow; anonymous readers only see PUBLISHED. */
  entryStatus: EntryStatus;
  /** Every change to the entry, oldest first (curators). */
  history: Array<Revision>;
  homepage?: Maybe<Scalars['String']['output']>;
  /** How a school or supplier connects to the facility. */
  howToConnect?: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  kind: FacilityKind;
  name: Scalars['String']['output'];
  /** Who runs the facility; null once that organisation was archived (archivedOperator names it then). */
  operator?: Maybe<Organisation>;
  /** Other organisations involved (owners, partners). */
  partners: Array<Organisation>;
  sectors: Array<Sector>;
  sources: Array<Source>;
  /** The standards this facility uses. */
  standards: Array<Standard>;
  /** Where the facility is in its life: PLANNED, PILOT, LIVE or RETIRED. */
  status: FacilityStatus;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  updatedAt: Scalars['String']['output'];
  /** When the facts were last checked against the sources (YYYY-MM-DD); not when the entry last changed. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  edges: Array<FacilityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  cursor: Scalars['String']['output'];
  node: Facility;
};

export type FacilityEntry = {
  __typename?: 'FacilityEntry';
  canPublish: Scalars['Boolean']['output'];
  /** The pending content as FacilityInput; null when nothing is pending. */
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Facility>;
  updatedAt: Scalars['String']['output'];
  /** Increases with every write; pass it as expectedVersion to update. */
  version: Scalars['Int']['output'];
};

/** Filters combine with AND; the values within one filter with OR. */
export type FacilityFilter = {
  kind?: InputMaybe<Array<FacilityKind>>;
  /** Organisation ids. */
  operator?: InputMaybe<Array<Scalars['ID']['input']>>;
  sector?: InputMaybe<Array<Sector>>;
  /** Standard ids. */
  standard?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<Array<FacilityStatus>>;
};

/** Only `name` and `summary.nl` are needed for a draft; submitting needs kind, status, operator, sources and certainty. */
export type FacilityInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<Certainty>;
  /** Facility ids. */
  dependsOn?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<LocalizedTextInput>;
  homepage?: InputMaybe<Scalars['String']['input']>;
  howToConnect?: InputMaybe<LocalizedTextInput>;
  /** Slug id for a new facility; derived from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<FacilityKind>;
  name: Scalars['String']['input'];
  /** Organisation id. */
  operator?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation ids. */
  partners?: InputMaybe<Array<Scalars['ID']['input']>>;
  sectors?: InputMaybe<Array<Sector>>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** Standard ids (checked with the standards subgraph). */
  standards?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<FacilityStatus>;
  summary: LocalizedTextInput;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

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

export type FacilityOrder =
  | 'NAME'
  /** Most recently changed first: the feeds of recent changes. */
  | 'UPDATED';

export type FacilityStatus =
  | 'LIVE'
  | 'PILOT'
  | 'PLANNED'
  | 'RETIRED';

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

/** Curation of facilities and organisations; the same rules as for tools. */
export type Mutation = {
  __typename?: 'Mutation';
  archiveFacility: FacilityEntry;
  archiveOrganisation: OrganisationEntry;
  createFacility: FacilityEntry;
  createOrganisation: OrganisationEntry;
  /** Subscribes an HTTPS URL (public addresses only) to change events (types: CloudEvent types; none: all); answers the signing secret once. */
  createWebhookSubscription: NewWebhookSecret;
  publishFacility: FacilityEntry;
  publishOrganisation: OrganisationEntry;
  /** Delivers again from a feed cursor (none: the start); resumes a paused subscription. */
  replayWebhookSubscription: WebhookSubscription;
  /** Reports a problem with a published facility (anyone, no account; at most 20 open reports per entry). */
  reportFacilityProblem: ProblemReportReceipt;
  /** Reports a problem with a published organisation (anyone, no account; at most 20 open reports per entry). */
  reportOrganisationProblem: ProblemReportReceipt;
  /** Marks an open report on a facility resolved. */
  resolveFacilityReport: ProblemReport;
  /** Marks an open report on a organisation resolved. */
  resolveOrganisationReport: ProblemReport;
  restoreFacility: FacilityEntry;
  restoreOrganisation: OrganisationEntry;
  /** A new signing secret; deliveries are signed with it and the previous one until the next rotation. */
  rotateWebhookSecret: NewWebhookSecret;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackFacility: FacilityEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackOrganisation: OrganisationEntry;
  submitFacility: FacilityEntry;
  submitOrganisation: OrganisationEntry;
  updateFacility: FacilityEntry;
  updateOrganisation: OrganisationEntry;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationArchiveFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationArchiveOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationCreateFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: FacilityInput;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationCreateOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: OrganisationInput;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationCreateWebhookSubscriptionArgs = {
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  url: Scalars['String']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationPublishFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationPublishOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationReplayWebhookSubscriptionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationReportFacilityProblemArgs = {
  id: Scalars['ID']['input'];
  input: ProblemReportInput;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationReportOrganisationProblemArgs = {
  id: Scalars['ID']['input'];
  input: ProblemReportInput;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationResolveFacilityReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationResolveOrganisationReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationRestoreFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationRestoreOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationSendBackFacilityArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationSendBackOrganisationArgs = {
  comment: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationSubmitFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationSubmitOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationUpdateFacilityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: FacilityInput;
};


/** Curation of facilities and organisations; the same rules as for tools. */
export type MutationUpdateOrganisationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OrganisationInput;
};

export type NewWebhookSecret = {
  __typename?: 'NewWebhookSecret';
  /** whsec_…: verify deliveries with it (Standard Webhooks); shown only now. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

/** An organisation that runs facilities, maintains standards or curates catalogue entries. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Facilities this organisation operated that have been archived since. */
  archivedFacilities: Array<ArchivedFacility>;
  certainty: Certainty;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  /** The facilities this organisation operates. */
  facilities: Array<Facility>;
  homepage: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  summary: LocalizedText;
  uncertainties: Array<Uncertainty>;
  /** When the facts were last checked against the sources (YYYY-MM-DD); not when the entry last changed. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

export type OrganisationEntry = {
  __typename?: 'OrganisationEntry';
  canPublish: Scalars['Boolean']['output'];
  draft?: Maybe<Scalars['JSON']['output']>;
  entryStatus: EntryStatus;
  history: Array<Revision>;
  id: Scalars['ID']['output'];
  lastEditor?: Maybe<Editor>;
  owner?: Maybe<Organisation>;
  pendingChanges: Array<FieldChange>;
  proposedBy?: Maybe<Organisation>;
  published?: Maybe<Organisation>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type OrganisationInput = {
  certainty?: InputMaybe<Certainty>;
  country?: InputMaybe<Scalars['String']['input']>;
  homepage?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  summary?: InputMaybe<LocalizedTextInput>;
  uncertainties?: InputMaybe<Array<UncertaintyInput>>;
  /** When you checked the facts against the sources (YYYY-MM-DD). */
  verifiedAt?: InputMaybe<Scalars['String']['input']>;
};

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
  /** Every change to published entries across the catalogue, in order, from after (exclusive; none: the start). */
  changes: ChangePage;
  facilities: FacilityConnection;
  /** A published national facility by its slug id (`entree-federatie`). */
  facility?: Maybe<Facility>;
  /** Facility entries a curator works with, optionally in some workflow states (IN_REVIEW = the review queue). */
  facilityEntries: Array<FacilityEntry>;
  /** A curated facility entry with its pending draft and history (the pending draft and its revisions: the owner's curators, any curator for unclaimed entries, the proposing organisation, admins; others see the published content). */
  facilityEntry?: Maybe<FacilityEntry>;
  /** Open problem reports on facilitys, oldest first (at most 100). */
  openFacilityReports: Array<ProblemReport>;
  /** Open problem reports on organisations, oldest first (at most 100). */
  openOrganisationReports: Array<ProblemReport>;
  /** An organisation by its slug id (`kennisnet`). */
  organisation?: Maybe<Organisation>;
  organisationEntries: Array<OrganisationEntry>;
  organisationEntry?: Maybe<OrganisationEntry>;
  /** All published organisations, by name; with changedSince only those whose published content changed at or after that time. */
  organisations: Array<Organisation>;
  /** The caller's organisation's webhook subscriptions (admins: all). */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type Query_OutboxArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacilityEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryFacilityEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpenFacilityReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenOrganisationReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationEntriesArgs = {
  status?: InputMaybe<Array<EntryStatus>>;
};


export type QueryOrganisationEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
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
  /** Facilities that used this standard and have been archived since. */
  archivedUsedByFacilities: Array<ArchivedFacility>;
  id: Scalars['ID']['output'];
  /** Published facilities that use this standard. */
  usedByFacilities: Array<Facility>;
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

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  at: Scalars['String']['output'];
  attempt: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  /** HTTP status, null when no answer came. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** A portal's subscription to the change feed, delivered as Standard Webhooks. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Failed attempts in a row. */
  attempts: Scalars['Int']['output'];
  /** Feed cursor after the last delivered event. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The latest delivery attempts, newest first. */
  deliveries: Array<WebhookDelivery>;
  failingSince?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  /** ACTIVE, or PAUSED after failing for the whole retry window (replay resumes it). */
  status: Scalars['String']['output'];
  types: Array<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};


/** A portal's subscription to the change feed, delivered as Standard Webhooks. */
export type WebhookSubscriptionDeliveriesArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
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
  Facility: Facility;
  Organisation: Organisation;
  Standard: Standard;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Standard:
    ( { __typename: 'Standard' }
    & GraphQLRecursivePick<FederationTypes['Standard'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ArchivedFacility: ResolverTypeWrapper<ArchivedFacility>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArchivedOrganisation: ResolverTypeWrapper<ArchivedOrganisation>;
  Certainty: ResolverTypeWrapper<string>;
  ChangeData: ResolverTypeWrapper<ChangeData>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChangeEvent: ResolverTypeWrapper<ChangeEvent>;
  ChangePage: ResolverTypeWrapper<ChangePage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Editor: ResolverTypeWrapper<{ sub: string; name: string | null; organisation: string | null }>;
  EntryStatus: ResolverTypeWrapper<string>;
  Facility: ResolverTypeWrapper<FacilityRow>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityEdge']> }>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityEntry: ResolverTypeWrapper<EntryRow>;
  FacilityFilter: FacilityFilter;
  FacilityInput: FacilityInput;
  FacilityKind: ResolverTypeWrapper<string>;
  FacilityOrder: ResolverTypeWrapper<string>;
  FacilityStatus: ResolverTypeWrapper<string>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewWebhookSecret: ResolverTypeWrapper<Omit<NewWebhookSecret, 'subscription'> & { subscription: ResolversTypes['WebhookSubscription'] }>;
  Organisation: ResolverTypeWrapper<OrganisationRow>;
  OrganisationEntry: ResolverTypeWrapper<EntryRow>;
  OrganisationInput: OrganisationInput;
  OrganisationKind: ResolverTypeWrapper<string>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
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
  Standard: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  Uncertainty: ResolverTypeWrapper<StoredUncertainty>;
  UncertaintyInput: UncertaintyInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ArchivedFacility: ArchivedFacility;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ArchivedOrganisation: ArchivedOrganisation;
  ChangeData: ChangeData;
  Int: Scalars['Int']['output'];
  ChangeEvent: ChangeEvent;
  ChangePage: ChangePage;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Editor: { sub: string; name: string | null; organisation: string | null };
  Facility: FacilityRow;
  FacilityConnection: Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityEdge']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityEntry: EntryRow;
  FacilityFilter: FacilityFilter;
  FacilityInput: FacilityInput;
  FieldChange: FieldChange;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  NewWebhookSecret: Omit<NewWebhookSecret, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
  Organisation: OrganisationRow;
  OrganisationEntry: EntryRow;
  OrganisationInput: OrganisationInput;
  PageInfo: PageInfo;
  ProblemReport: ProblemReportRow;
  ProblemReportInput: ProblemReportInput;
  ProblemReportReceipt: ProblemReportReceipt;
  Query: Record<PropertyKey, never>;
  Revision: RevisionRow;
  Source: Source;
  SourceInput: SourceInput;
  Standard: { __typename?: string; id: string };
  Uncertainty: StoredUncertainty;
  UncertaintyInput: UncertaintyInput;
  WebhookDelivery: WebhookDelivery;
  WebhookSubscription: WebhookSubscriptionRow;
};

export type ArchivedFacilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArchivedFacility'] = ResolversParentTypes['ArchivedFacility']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArchivedOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArchivedOrganisation'] = ResolversParentTypes['ArchivedOrganisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CertaintyResolvers = EnumResolverSignature<{ CONFIRMED?: any, PROBABLE?: any, UNCERTAIN?: any }, ResolversTypes['Certainty']>;

export type ChangeDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeData'] = ResolversParentTypes['ChangeData']> = {
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  data?: Resolver<ResolversTypes['ChangeData'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specversion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ChangeEvent']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type FacilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archivedDependents?: Resolver<Array<ResolversTypes['ArchivedFacility']>, ParentType, ContextType>;
  archivedDependsOn?: Resolver<Array<ResolversTypes['ArchivedFacility']>, ParentType, ContextType>;
  archivedOperator?: Resolver<Maybe<ResolversTypes['ArchivedOrganisation']>, ParentType, ContextType>;
  archivedPartners?: Resolver<Array<ResolversTypes['ArchivedOrganisation']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  howToConnect?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FacilityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
};

export type FacilityEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityEntry'] = ResolversParentTypes['FacilityEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityKindResolvers = EnumResolverSignature<{ AGREEMENT_SYSTEM?: any, CONNECTIVITY?: any, CONTENT_PLATFORM?: any, COVENANT?: any, IDENTITY_FEDERATION?: any, METADATA_INDEX?: any, NORM_FRAMEWORK?: any, PROCUREMENT?: any, PSEUDONYMISATION?: any, REGISTER?: any, SERVICE_CENTRE?: any, STANDARDS_PLATFORM?: any }, ResolversTypes['FacilityKind']>;

export type FacilityOrderResolvers = EnumResolverSignature<{ NAME?: any, UPDATED?: any }, ResolversTypes['FacilityOrder']>;

export type FacilityStatusResolvers = EnumResolverSignature<{ LIVE?: any, PILOT?: any, PLANNED?: any, RETIRED?: any }, ResolversTypes['FacilityStatus']>;

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
  archiveFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationArchiveFacilityArgs, 'id'>>;
  archiveOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationArchiveOrganisationArgs, 'id'>>;
  createFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationCreateFacilityArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['NewWebhookSecret'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'url'>>;
  publishFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationPublishFacilityArgs, 'id'>>;
  publishOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationPublishOrganisationArgs, 'id'>>;
  replayWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationReplayWebhookSubscriptionArgs, 'id'>>;
  reportFacilityProblem?: Resolver<ResolversTypes['ProblemReportReceipt'], ParentType, ContextType, RequireFields<MutationReportFacilityProblemArgs, 'id' | 'input'>>;
  reportOrganisationProblem?: Resolver<ResolversTypes['ProblemReportReceipt'], ParentType, ContextType, RequireFields<MutationReportOrganisationProblemArgs, 'id' | 'input'>>;
  resolveFacilityReport?: Resolver<ResolversTypes['ProblemReport'], ParentType, ContextType, RequireFields<MutationResolveFacilityReportArgs, 'id'>>;
  resolveOrganisationReport?: Resolver<ResolversTypes['ProblemReport'], ParentType, ContextType, RequireFields<MutationResolveOrganisationReportArgs, 'id'>>;
  restoreFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationRestoreFacilityArgs, 'id'>>;
  restoreOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationRestoreOrganisationArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['NewWebhookSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  sendBackFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationSendBackFacilityArgs, 'comment' | 'id'>>;
  sendBackOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationSendBackOrganisationArgs, 'comment' | 'id'>>;
  submitFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationSubmitFacilityArgs, 'id'>>;
  submitOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationSubmitOrganisationArgs, 'id'>>;
  updateFacility?: Resolver<ResolversTypes['FacilityEntry'], ParentType, ContextType, RequireFields<MutationUpdateFacilityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['OrganisationEntry'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type NewWebhookSecretResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewWebhookSecret'] = ResolversParentTypes['NewWebhookSecret']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedFacilities?: Resolver<Array<ResolversTypes['ArchivedFacility']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  homepage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  uncertainties?: Resolver<Array<ResolversTypes['Uncertainty']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEntry'] = ResolversParentTypes['OrganisationEntry']> = {
  canPublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditor?: Resolver<Maybe<ResolversTypes['Editor']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationKindResolvers = EnumResolverSignature<{ ASSOCIATION?: any, COMPANY?: any, COOPERATIVE?: any, FOUNDATION?: any, GOVERNMENT?: any, PARTNERSHIP?: any, PUBLIC_BODY?: any, SECTOR_COUNCIL?: any, STANDARDS_BODY?: any }, ResolversTypes['OrganisationKind']>;

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
  changes?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  facilities?: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first' | 'orderBy'>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  facilityEntries?: Resolver<Array<ResolversTypes['FacilityEntry']>, ParentType, ContextType, Partial<QueryFacilityEntriesArgs>>;
  facilityEntry?: Resolver<Maybe<ResolversTypes['FacilityEntry']>, ParentType, ContextType, RequireFields<QueryFacilityEntryArgs, 'id'>>;
  openFacilityReports?: Resolver<Array<ResolversTypes['ProblemReport']>, ParentType, ContextType, RequireFields<QueryOpenFacilityReportsArgs, 'first'>>;
  openOrganisationReports?: Resolver<Array<ResolversTypes['ProblemReport']>, ParentType, ContextType, RequireFields<QueryOpenOrganisationReportsArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationEntries?: Resolver<Array<ResolversTypes['OrganisationEntry']>, ParentType, ContextType, Partial<QueryOrganisationEntriesArgs>>;
  organisationEntry?: Resolver<Maybe<ResolversTypes['OrganisationEntry']>, ParentType, ContextType, RequireFields<QueryOrganisationEntryArgs, 'id'>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
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
  archivedUsedByFacilities?: Resolver<Array<ResolversTypes['ArchivedFacility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  usedByFacilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
};

export type UncertaintyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Uncertainty'] = ResolversParentTypes['Uncertainty']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<WebhookSubscriptionDeliveriesArgs, 'last'>>;
  failingSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ArchivedFacility?: ArchivedFacilityResolvers<ContextType>;
  ArchivedOrganisation?: ArchivedOrganisationResolvers<ContextType>;
  Certainty?: CertaintyResolvers;
  ChangeData?: ChangeDataResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Editor?: EditorResolvers<ContextType>;
  EntryStatus?: EntryStatusResolvers;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  FacilityEntry?: FacilityEntryResolvers<ContextType>;
  FacilityKind?: FacilityKindResolvers;
  FacilityOrder?: FacilityOrderResolvers;
  FacilityStatus?: FacilityStatusResolvers;
  FieldChange?: FieldChangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewWebhookSecret?: NewWebhookSecretResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationEntry?: OrganisationEntryResolvers<ContextType>;
  OrganisationKind?: OrganisationKindResolvers;
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
  Uncertainty?: UncertaintyResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
};

