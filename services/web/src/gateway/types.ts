/**
 * Names for the shapes the pages and components read. The shapes themselves are generated from the
 * registered documents (operations.generated.ts, `npm run codegen`); only the small structural types
 * components share across documents are written here.
 */
import type * as Generated from './operations.generated.ts';

export interface Localized {
  nl: string;
  en: string | null;
}
export interface Ref {
  id: string;
  name: string;
  acronym?: string | null;
}

export type ToolPage = NonNullable<Generated.ToolPageQuery['tool']>;
export type ToolCompare = Generated.ToolCompareFragment;
export type ToolCard = Generated.ToolCardFragment;
export type ProductPage = NonNullable<Generated.ProductPageQuery['product']>;
export type FacilityPage = NonNullable<Generated.FacilityPageQuery['facility']>;
export type StandardPage = NonNullable<Generated.StandardPageQuery['standard']>;
export type OrganisationPage = NonNullable<Generated.OrganisationPageQuery['organisation']>;
export type SearchData = Generated.SearchToolsQuery;
export type SearchVocabulary = Generated.SearchVocabularyFragment;

export type Category = ToolCard['categories'][number];
export type Facet = SearchData['tools']['facets'][number];
export type Source = ToolPage['sources'][number];
export type Uncertainty = ToolPage['uncertainties'][number];
/** The facts about facts every entry page shows: sources, certainty, what is uncertain, when checked. */
export type Provenance = Pick<ToolPage, 'sources' | 'certainty' | 'uncertainties' | 'verifiedAt'>;
/** A licence as the comparison table has it, with the details only the tool page asks for. */
export type LicenseDetails = ToolCompare['license'] & Partial<Omit<ToolPage['license'], keyof ToolCompare['license']>>;
export type Privacy = NonNullable<ToolPage['privacy']>;
/** A tool ready to use from a provider (schools subgraph); null where not known. */
export type Offering = ToolPage['offerings'][number];
/** What curators advise instead of a product in one sector (schools subgraph). */
export type Advice = NonNullable<NonNullable<Generated.ProductAdviceQuery['product']>['advice']>;
