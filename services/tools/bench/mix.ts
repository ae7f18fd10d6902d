/** The fixed mix of the search benchmark: what teachers type, what portals filter, and facet pages. */
import type { ToolOrder } from '../src/store/search/pages.ts';
import type { ToolFilter } from '../src/store/search/facets.ts';

export interface BenchOperation {
  name: string;
  search?: string;
  filter?: ToolFilter;
  orderBy?: ToolOrder;
  facets?: boolean;
  /** Ask for the second page (the cursor comes from a first call). */
  secondPage?: boolean;
}

export const MIX: BenchOperation[] = [
  { name: 'search fotobewerking', search: 'fotobewerking' },
  { name: 'search videobellen', search: 'videobellen' },
  { name: 'search alternatief voor Teams', search: 'alternatief voor Teams' },
  { name: 'search digibord', search: 'digibord' },
  { name: 'search enquête', search: 'enquête' },
  { name: 'search woordjes leren', search: 'woordjes leren' },
  { name: 'search typo libreofice', search: 'libreofice' },
  { name: 'search typo moodel', search: 'moodel' },
  { name: 'search samenwerken documenten', search: 'samenwerken documenten' },
  { name: 'search broad leerlingen', search: 'leerlingen' },
  { name: 'search very broad open source', search: 'open source' },
  { name: 'search prefix pres', search: 'pres' },
  { name: 'search no hits', search: 'qwxzv' },
  { name: 'search + filter', search: 'video', filter: { sector: ['PO'], platform: ['WEB', 'LINUX'] } },
  { name: 'search NAME order', search: 'wiskunde', orderBy: 'NAME' },
  { name: 'search page 2', search: 'chat', secondPage: true },
  { name: 'filter sector+platform', filter: { sector: ['VO'], platform: ['WEB'] } },
  { name: 'filter license MIT', filter: { license: ['MIT'] } },
  { name: 'filter replaces teams', filter: { replaces: ['microsoft-teams'] } },
  { name: 'filter 4 dimensions', filter: { sector: ['PO', 'SO'], hosting: ['SELF_HOSTED'], language: ['nl'], developmentStatus: ['STABLE'] } },
  { name: 'browse UPDATED page 2', orderBy: 'UPDATED', secondPage: true },
  { name: 'facets all tools', facets: true },
  { name: 'facets search', search: 'fotobewerking', facets: true },
  { name: 'facets broad search', search: 'leerlingen', facets: true },
  { name: 'facets filter', filter: { sector: ['PO'], category: ['quiz', 'flashcards'] }, facets: true },
  { name: 'facets search+filter', search: 'samenwerken', filter: { hosting: ['SAAS_EU', 'SAAS_NL'] }, facets: true },
];
