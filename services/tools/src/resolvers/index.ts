/** The resolver map of the tools subgraph. */
import { DateTimeScalar } from '@edu-catalogus/kit';
import { Alternative } from './Alternative.ts';
import { Category } from './Category.ts';
import { AlternativeEntry, CategoryEntry, CurationMutation, CurationQuery, Editor, ProductEntry, Revision, ToolEntry, ProblemReport } from './Curation.ts';
import { Product } from './Product.ts';
import { Query } from './Query.ts';
import { Uncertainty } from '@edu-catalogus/kit';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { Facility, Organisation, Standard } from './references.ts';
import { Tool } from './Tool.ts';

export const resolvers = {
  Query: { ...Query, ...CurationQuery },
  Mutation: CurationMutation,
  Tool,
  Product,
  Alternative,
  Category,
  Standard,
  Facility,
  Organisation,
  ToolEntry,
  ProductEntry,
  AlternativeEntry,
  CategoryEntry,
  Revision,
  ProblemReport,
  Editor,
  Uncertainty,
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
};
