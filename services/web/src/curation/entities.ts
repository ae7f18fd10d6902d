/** The entity types curators keep: their GraphQL names, their URL segment and their public page. */
import { SLUG } from '@edu-catalogus/seeds';
import { paths } from '../lib/paths.ts';

export interface CuratedEntity {
  /** GraphQL type (`Tool`): mutations are `create${type}` ..., queries `${field}Entry`. */
  type: string;
  /** Query field stem (`tool` -> toolEntry, toolEntries). */
  field: string;
  /** URL segment under /redactie, the same in both languages. */
  segment: string;
  /** The public page of a published entry, when it has one. */
  publicPath?: (id: string) => string;
  /** Ids of two slugs (`<tool>--<product>`, `<product>--<sector>`) rather than one. */
  pairId?: boolean;
}

const PAIR_ID = /^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether `id` can be an entry id of `entity` (checked before it goes into a URL or a query). */
export const isEntryId = (entity: CuratedEntity, id: string) => (entity.pairId ? PAIR_ID : SLUG).test(id);

export const ENTITIES: CuratedEntity[] = [
  { type: 'Tool', field: 'tool', segment: 'tool', publicPath: paths.tool },
  { type: 'Product', field: 'product', segment: 'product', publicPath: paths.product },
  { type: 'Alternative', field: 'alternative', segment: 'alternatief', pairId: true },
  { type: 'Category', field: 'category', segment: 'categorie' },
  { type: 'Facility', field: 'facility', segment: 'voorziening', publicPath: paths.facility },
  { type: 'Organisation', field: 'organisation', segment: 'organisatie', publicPath: paths.organisation },
  { type: 'Standard', field: 'standard', segment: 'standaard', publicPath: paths.standard },
  // Schools subgraph: offerings ("direct te gebruiken") show on their tool's page, advice on its product's page.
  { type: 'Offering', field: 'offering', segment: 'aanbod' },
  { type: 'Advice', field: 'advice', segment: 'advies', pairId: true },
];

export const entityBySegment = (segment: string) => ENTITIES.find((e) => e.segment === segment);

export const curatorPaths = {
  home: '/redactie',
  work: '/redactie/werk',
  bulkPublish: '/redactie/publiceren',
  signIn: '/redactie/inloggen',
  signOut: '/redactie/uitloggen',
  oidcCallback: '/redactie/oidc',
  create: (entity: CuratedEntity) => `/redactie/${entity.segment}/nieuw`,
  entry: (entity: CuratedEntity, id: string) => `/redactie/${entity.segment}/${encodeURIComponent(id)}`,
  edit: (entity: CuratedEntity, id: string) => `/redactie/${entity.segment}/${encodeURIComponent(id)}/bewerken`,
  history: (entity: CuratedEntity, id: string) => `/redactie/${entity.segment}/${encodeURIComponent(id)}/geschiedenis`,
  action: (entity: CuratedEntity, id: string, action: WorkflowAction) => `/redactie/${entity.segment}/${encodeURIComponent(id)}/${ACTION_SEGMENTS[action]}`,
};

export type WorkflowAction = 'submit' | 'publish' | 'sendBack' | 'archive' | 'restore';

/** The URL segment of each workflow action. */
export const ACTION_SEGMENTS: Record<WorkflowAction, string> = {
  submit: 'indienen',
  publish: 'publiceren',
  sendBack: 'terugsturen',
  archive: 'archiveren',
  restore: 'herstellen',
};

export const actionBySegment = (segment: string) => (Object.keys(ACTION_SEGMENTS) as WorkflowAction[]).find((a) => ACTION_SEGMENTS[a] === segment);
