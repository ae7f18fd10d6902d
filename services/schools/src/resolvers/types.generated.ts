import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RevisionRow, ProblemReportRow, EntryRow } from '@edu-catalogus/kit/curation';
import type { StoredUncertainty } from '@edu-catalogus/kit/data';
import type { OfferingRow, AdviceRow, SchoolRow, UsageDeclarationRow } from '../store/tables.ts';
import type { ToolUsageAggregate } from '../store/usage-aggregates.ts';
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

export type AdviceConnection = {
  __typename?: 'AdviceConnection';
  edges: Array<AdviceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AdviceEdge = {
  __typename?: 'AdviceEdge';
  cursor: Scalars['String']['output'];
  node: Advice;
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
  /** Publishes a declaration's note; `version` is the declaration version the curator read (CONFLICT when the school changed it since). */
  approveUsageNote: UsageNoteReview;
  archiveAdvice: AdviceEntry;
  archiveOffering: OfferingEntry;
  /** The id is `<product>--<sector in lower case>`. */
  createAdvice: AdviceEntry;
  createOffering: OfferingEntry;
  /** The signed-in school declares it uses a tool; CONFLICT when it already declared that tool (use updateToolUsage). Counts at once; a note waits for a curator. */
  declareToolUsage: UsageDeclaration;
  publishAdvice: AdviceEntry;
  publishOffering: OfferingEntry;
  /** Keeps a declaration's note unpublished, with the reason shown to the school. */
  rejectUsageNote: UsageNoteReview;
  restoreAdvice: AdviceEntry;
  restoreOffering: OfferingEntry;
  /** Adds or corrects a school by its institution id; admins only. */
  saveSchool: School;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackAdvice: AdviceEntry;
  /** The reviewer's other answer: an entry in review goes back to DRAFT for its editor, with a comment (required) saying why; same four eyes as publish*. */
  sendBackOffering: OfferingEntry;
  submitAdvice: AdviceEntry;
  submitOffering: OfferingEntry;
  updateAdvice: AdviceEntry;
  /** The signed-in school's own name, sectors and place (the id is the token's). */
  updateMySchool: School;
  updateOffering: OfferingEntry;
  /** Replaces the signed-in school's declaration of `input.tool`; NOT_FOUND when it has none. A changed note waits for a curator again. */
  updateToolUsage: UsageDeclaration;
  /** Removes the signed-in school's declaration of a tool from every aggregate at once; NOT_FOUND when it has none. Returns the tool id. */
  withdrawToolUsage: Scalars['ID']['output'];
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationApproveUsageNoteArgs = {
  declaration: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
export type MutationDeclareToolUsageArgs = {
  input: ToolUsageInput;
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
export type MutationRejectUsageNoteArgs = {
  declaration: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
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
export type MutationSaveSchoolArgs = {
  id: Scalars['ID']['input'];
  input: SchoolProfileInput;
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
export type MutationUpdateMySchoolArgs = {
  input: SchoolProfileInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationUpdateOfferingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OfferingInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationUpdateToolUsageArgs = {
  input: ToolUsageInput;
};


/** Curation of offerings and advice; the same rules as for tools. */
export type MutationWithdrawToolUsageArgs = {
  tool: Scalars['ID']['input'];
};

/** A school that opted in to be named publicly. */
export type NamedSchool = {
  __typename?: 'NamedSchool';
  /** Whether it agreed to be contacted about the tool. */
  contactable: Scalars['Boolean']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  sectors: Array<Sector>;
  /** Since when it uses the tool (on Tool.usage; null elsewhere). */
  since?: Maybe<Scalars['String']['output']>;
};

/** A school's note: waiting for a curator, published, or kept unpublished. */
export type NoteStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

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

export type OfferingConnection = {
  __typename?: 'OfferingConnection';
  edges: Array<OfferingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfferingEdge = {
  __typename?: 'OfferingEdge';
  cursor: Scalars['String']['output'];
  node: Offering;
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

export type ProvinceCount = {
  __typename?: 'ProvinceCount';
  count: Scalars['Int']['output'];
  province: Province;
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
  /** Every published advice, by id (`<product>--<sector>`), paged like the other lists. */
  adviceList: AdviceConnection;
  /** The signed-in school (role `school`; the institution id comes from the token); null until it first declares or an admin adds it. */
  mySchool?: Maybe<School>;
  /** A published offering by its slug id (`surf-surfdrive`). */
  offering?: Maybe<Offering>;
  /** Offering entries a curator works with, optionally in some workflow states (IN_REVIEW = the review queue). */
  offeringEntries: Array<OfferingEntry>;
  /** A curated offering entry with its pending draft and history. */
  offeringEntry?: Maybe<OfferingEntry>;
  /** Every published offering, by id, paged like the other lists (for exports and portals). */
  offerings: OfferingConnection;
  /** Experience notes waiting for a curator's approval, oldest first. */
  pendingUsageNotes: Array<UsageNoteReview>;
  /** A school by its institution id (BRIN `00AA`); admins only. */
  school?: Maybe<School>;
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


export type QueryAdviceListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySchoolArgs = {
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

/** An education institution, by its official number. Never public: only the school itself (mySchool) and admins see it. */
export type School = {
  __typename?: 'School';
  /** This school's declarations, newest first. */
  declarations: Array<UsageDeclaration>;
  /** The BRIN institution code: 2 digits and 2 letters (`00AA`); see docs/schools.md. */
  id: Scalars['ID']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  province?: Maybe<Province>;
  /** Empty until the school or an admin sets them. */
  sectors: Array<Sector>;
};

export type SchoolProfileInput = {
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** 1..200 characters. */
  name: Scalars['String']['input'];
  province?: InputMaybe<Province>;
  sectors: Array<Sector>;
};

export type Sector =
  | 'HO'
  | 'MBO'
  | 'PO'
  | 'SO'
  | 'VO';

export type SectorCount = {
  __typename?: 'SectorCount';
  count: Scalars['Int']['output'];
  sector: Sector;
};

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
  /** Which schools declared using this tool, in aggregate. */
  usage: ToolUsage;
};

/** Public aggregates of the schools that declared using a tool. Schools that did not opt in are counted, never named. */
export type ToolUsage = {
  __typename?: 'ToolUsage';
  /** Per province; schools without a province are only in `schools`. */
  byProvince: Array<ProvinceCount>;
  /** Per sector a school declared (a school in two sectors counts in both); schools without sectors are only in `schools`. */
  bySector: Array<SectorCount>;
  /** The schools that opted in to be named, by name. */
  namedSchools: Array<NamedSchool>;
  /** Approved notes of schools that opted in to be named, newest first. */
  notes: Array<UsageNote>;
  /** How many schools declared using the tool. */
  schools: Scalars['Int']['output'];
};

/** A declaration's content; the school is always the token's, never part of the input. */
export type ToolUsageInput = {
  contactable?: Scalars['Boolean']['input'];
  namedPublicly?: Scalars['Boolean']['input'];
  /** At most 1000 characters; published after a curator approves it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD, not in the future. */
  since: Scalars['String']['input'];
  /** Tool id (checked with the tools subgraph). */
  tool: Scalars['ID']['input'];
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

/** A school's declaration that it uses a tool: one per school and tool. */
export type UsageDeclaration = {
  __typename?: 'UsageDeclaration';
  /** Whether other schools may contact it about the tool (only shown when named publicly). */
  contactable: Scalars['Boolean']['output'];
  declaredAt: Scalars['String']['output'];
  /** Opaque id (curators approve notes by it); it does not reveal the school. */
  id: Scalars['ID']['output'];
  /** Whether the school may be named on the tool's page; otherwise it is only counted. */
  namedPublicly: Scalars['Boolean']['output'];
  /** A short experience note; public only once a curator approved it and the school is named publicly. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why a curator kept the note unpublished. */
  noteRejection?: Maybe<Scalars['String']['output']>;
  /** Null when there is no note. */
  noteStatus?: Maybe<NoteStatus>;
  /** What for, in a few words. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Since when (YYYY, YYYY-MM or YYYY-MM-DD). */
  since: Scalars['String']['output'];
  tool: Tool;
  updatedAt: Scalars['String']['output'];
  /** Grows with every change; approveUsageNote/rejectUsageNote name the version they read. */
  version: Scalars['Int']['output'];
};

/** An approved experience note of a named school. */
export type UsageNote = {
  __typename?: 'UsageNote';
  /** When a curator approved it (ISO time). */
  approvedAt: Scalars['String']['output'];
  school: NamedSchool;
  text: Scalars['String']['output'];
};

/** A note as a curator reviews it; the school is named only if it opted in. */
export type UsageNoteReview = {
  __typename?: 'UsageNoteReview';
  declaration: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  noteStatus: NoteStatus;
  /** Null when the school did not opt in to be named. */
  school?: Maybe<NamedSchool>;
  tool: Tool;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
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
  AdviceConnection: ResolverTypeWrapper<Omit<AdviceConnection, 'edges'> & { edges: Array<ResolversTypes['AdviceEdge']> }>;
  AdviceEdge: ResolverTypeWrapper<Omit<AdviceEdge, 'node'> & { node: ResolversTypes['Advice'] }>;
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
  NamedSchool: ResolverTypeWrapper<Omit<NamedSchool, 'sectors'> & { sectors: Array<ResolversTypes['Sector']> }>;
  NoteStatus: ResolverTypeWrapper<string>;
  Offering: ResolverTypeWrapper<OfferingRow>;
  OfferingConnection: ResolverTypeWrapper<Omit<OfferingConnection, 'edges'> & { edges: Array<ResolversTypes['OfferingEdge']> }>;
  OfferingEdge: ResolverTypeWrapper<Omit<OfferingEdge, 'node'> & { node: ResolversTypes['Offering'] }>;
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
  Province: ResolverTypeWrapper<string>;
  ProvinceCount: ResolverTypeWrapper<Omit<ProvinceCount, 'province'> & { province: ResolversTypes['Province'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportStatus: ResolverTypeWrapper<string>;
  Revision: ResolverTypeWrapper<RevisionRow>;
  RevisionAction: ResolverTypeWrapper<string>;
  School: ResolverTypeWrapper<SchoolRow>;
  SchoolProfileInput: SchoolProfileInput;
  Sector: ResolverTypeWrapper<string>;
  SectorCount: ResolverTypeWrapper<Omit<SectorCount, 'sector'> & { sector: ResolversTypes['Sector'] }>;
  SignInOption: ResolverTypeWrapper<string>;
  Source: ResolverTypeWrapper<Source>;
  SourceInput: SourceInput;
  Tool: ResolverTypeWrapper<{ __typename?: string; id: string }>;
  ToolUsage: ResolverTypeWrapper<ToolUsageAggregate>;
  ToolUsageInput: ToolUsageInput;
  Uncertainty: ResolverTypeWrapper<StoredUncertainty>;
  UncertaintyInput: UncertaintyInput;
  UsageDeclaration: ResolverTypeWrapper<UsageDeclarationRow>;
  UsageNote: ResolverTypeWrapper<Omit<UsageNote, 'school'> & { school: ResolversTypes['NamedSchool'] }>;
  UsageNoteReview: ResolverTypeWrapper<UsageDeclarationRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Advice: AdviceRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AdviceConnection: Omit<AdviceConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdviceEdge']> };
  AdviceEdge: Omit<AdviceEdge, 'node'> & { node: ResolversParentTypes['Advice'] };
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
  NamedSchool: NamedSchool;
  Offering: OfferingRow;
  OfferingConnection: Omit<OfferingConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfferingEdge']> };
  OfferingEdge: Omit<OfferingEdge, 'node'> & { node: ResolversParentTypes['Offering'] };
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
  ProvinceCount: ProvinceCount;
  Query: Record<PropertyKey, never>;
  Revision: RevisionRow;
  School: SchoolRow;
  SchoolProfileInput: SchoolProfileInput;
  SectorCount: SectorCount;
  Source: Source;
  SourceInput: SourceInput;
  Tool: { __typename?: string; id: string };
  ToolUsage: ToolUsageAggregate;
  ToolUsageInput: ToolUsageInput;
  Uncertainty: StoredUncertainty;
  UncertaintyInput: UncertaintyInput;
  UsageDeclaration: UsageDeclarationRow;
  UsageNote: Omit<UsageNote, 'school'> & { school: ResolversParentTypes['NamedSchool'] };
  UsageNoteReview: UsageDeclarationRow;
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

export type AdviceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdviceConnection'] = ResolversParentTypes['AdviceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AdviceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdviceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdviceEdge'] = ResolversParentTypes['AdviceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Advice'], ParentType, ContextType>;
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
  approveUsageNote?: Resolver<ResolversTypes['UsageNoteReview'], ParentType, ContextType, RequireFields<MutationApproveUsageNoteArgs, 'declaration' | 'version'>>;
  archiveAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationArchiveAdviceArgs, 'id'>>;
  archiveOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationArchiveOfferingArgs, 'id'>>;
  createAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationCreateAdviceArgs, 'input'>>;
  createOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationCreateOfferingArgs, 'input'>>;
  declareToolUsage?: Resolver<ResolversTypes['UsageDeclaration'], ParentType, ContextType, RequireFields<MutationDeclareToolUsageArgs, 'input'>>;
  publishAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationPublishAdviceArgs, 'id'>>;
  publishOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationPublishOfferingArgs, 'id'>>;
  rejectUsageNote?: Resolver<ResolversTypes['UsageNoteReview'], ParentType, ContextType, RequireFields<MutationRejectUsageNoteArgs, 'declaration' | 'reason' | 'version'>>;
  restoreAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationRestoreAdviceArgs, 'id'>>;
  restoreOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationRestoreOfferingArgs, 'id'>>;
  saveSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationSaveSchoolArgs, 'id' | 'input'>>;
  sendBackAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationSendBackAdviceArgs, 'comment' | 'id'>>;
  sendBackOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationSendBackOfferingArgs, 'comment' | 'id'>>;
  submitAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationSubmitAdviceArgs, 'id'>>;
  submitOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationSubmitOfferingArgs, 'id'>>;
  updateAdvice?: Resolver<ResolversTypes['AdviceEntry'], ParentType, ContextType, RequireFields<MutationUpdateAdviceArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMySchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationUpdateMySchoolArgs, 'input'>>;
  updateOffering?: Resolver<ResolversTypes['OfferingEntry'], ParentType, ContextType, RequireFields<MutationUpdateOfferingArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateToolUsage?: Resolver<ResolversTypes['UsageDeclaration'], ParentType, ContextType, RequireFields<MutationUpdateToolUsageArgs, 'input'>>;
  withdrawToolUsage?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationWithdrawToolUsageArgs, 'tool'>>;
};

export type NamedSchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamedSchool'] = ResolversParentTypes['NamedSchool']> = {
  contactable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NoteStatusResolvers = EnumResolverSignature<{ APPROVED?: any, PENDING?: any, REJECTED?: any }, ResolversTypes['NoteStatus']>;

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

export type OfferingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingConnection'] = ResolversParentTypes['OfferingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfferingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingEdge'] = ResolversParentTypes['OfferingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
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

export type ProvinceResolvers = EnumResolverSignature<{ DRENTHE?: any, FLEVOLAND?: any, FRIESLAND?: any, GELDERLAND?: any, GRONINGEN?: any, LIMBURG?: any, NOORD_BRABANT?: any, NOORD_HOLLAND?: any, OVERIJSSEL?: any, UTRECHT?: any, ZEELAND?: any, ZUID_HOLLAND?: any }, ResolversTypes['Province']>;

export type ProvinceCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvinceCount'] = ResolversParentTypes['ProvinceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  _outbox?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, Partial<Query_OutboxArgs>>;
  advice?: Resolver<Maybe<ResolversTypes['Advice']>, ParentType, ContextType, RequireFields<QueryAdviceArgs, 'product' | 'sector'>>;
  adviceEntries?: Resolver<Array<ResolversTypes['AdviceEntry']>, ParentType, ContextType, Partial<QueryAdviceEntriesArgs>>;
  adviceEntry?: Resolver<Maybe<ResolversTypes['AdviceEntry']>, ParentType, ContextType, RequireFields<QueryAdviceEntryArgs, 'id'>>;
  adviceList?: Resolver<ResolversTypes['AdviceConnection'], ParentType, ContextType, RequireFields<QueryAdviceListArgs, 'first'>>;
  mySchool?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType, RequireFields<QueryOfferingArgs, 'id'>>;
  offeringEntries?: Resolver<Array<ResolversTypes['OfferingEntry']>, ParentType, ContextType, Partial<QueryOfferingEntriesArgs>>;
  offeringEntry?: Resolver<Maybe<ResolversTypes['OfferingEntry']>, ParentType, ContextType, RequireFields<QueryOfferingEntryArgs, 'id'>>;
  offerings?: Resolver<ResolversTypes['OfferingConnection'], ParentType, ContextType, RequireFields<QueryOfferingsArgs, 'first'>>;
  pendingUsageNotes?: Resolver<Array<ResolversTypes['UsageNoteReview']>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
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

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  declarations?: Resolver<Array<ResolversTypes['UsageDeclaration']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
};

export type SectorResolvers = EnumResolverSignature<{ HO?: any, MBO?: any, PO?: any, SO?: any, VO?: any }, ResolversTypes['Sector']>;

export type SectorCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectorCount'] = ResolversParentTypes['SectorCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
};

export type SignInOptionResolvers = EnumResolverSignature<{ EDUID?: any, ENTREE?: any, LOCAL?: any, OTHER?: any, SURFCONEXT?: any }, ResolversTypes['SignInOption']>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tool'] = ResolversParentTypes['Tool'], FederationReferenceType extends FederationReferenceTypes['Tool'] = FederationReferenceTypes['Tool']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tool']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ToolUsage'], ParentType, ContextType>;
};

export type ToolUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolUsage'] = ResolversParentTypes['ToolUsage']> = {
  byProvince?: Resolver<Array<ResolversTypes['ProvinceCount']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['SectorCount']>, ParentType, ContextType>;
  namedSchools?: Resolver<Array<ResolversTypes['NamedSchool']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['UsageNote']>, ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UncertaintyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Uncertainty'] = ResolversParentTypes['Uncertainty']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type UsageDeclarationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageDeclaration'] = ResolversParentTypes['UsageDeclaration']> = {
  contactable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namedPublicly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteRejection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteStatus?: Resolver<Maybe<ResolversTypes['NoteStatus']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageNote'] = ResolversParentTypes['UsageNote']> = {
  approvedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['NamedSchool'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UsageNoteReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageNoteReview'] = ResolversParentTypes['UsageNoteReview']> = {
  declaration?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noteStatus?: Resolver<ResolversTypes['NoteStatus'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['NamedSchool']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Advice?: AdviceResolvers<ContextType>;
  AdviceConnection?: AdviceConnectionResolvers<ContextType>;
  AdviceEdge?: AdviceEdgeResolvers<ContextType>;
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
  NamedSchool?: NamedSchoolResolvers<ContextType>;
  NoteStatus?: NoteStatusResolvers;
  Offering?: OfferingResolvers<ContextType>;
  OfferingConnection?: OfferingConnectionResolvers<ContextType>;
  OfferingEdge?: OfferingEdgeResolvers<ContextType>;
  OfferingEntry?: OfferingEntryResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceIndication?: PriceIndicationResolvers<ContextType>;
  PriceKind?: PriceKindResolvers;
  ProblemReport?: ProblemReportResolvers<ContextType>;
  ProblemReportReceipt?: ProblemReportReceiptResolvers<ContextType>;
  ProcessorAgreement?: ProcessorAgreementResolvers;
  Product?: ProductResolvers<ContextType>;
  Province?: ProvinceResolvers;
  ProvinceCount?: ProvinceCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  Revision?: RevisionResolvers<ContextType>;
  RevisionAction?: RevisionActionResolvers;
  School?: SchoolResolvers<ContextType>;
  Sector?: SectorResolvers;
  SectorCount?: SectorCountResolvers<ContextType>;
  SignInOption?: SignInOptionResolvers;
  Source?: SourceResolvers<ContextType>;
  Tool?: ToolResolvers<ContextType>;
  ToolUsage?: ToolUsageResolvers<ContextType>;
  Uncertainty?: UncertaintyResolvers<ContextType>;
  UsageDeclaration?: UsageDeclarationResolvers<ContextType>;
  UsageNote?: UsageNoteResolvers<ContextType>;
  UsageNoteReview?: UsageNoteReviewResolvers<ContextType>;
};

