/** The resolver map of the tools subgraph, checked against the generated `Resolvers` of its SDL. */
import { DateTimeScalar, Uncertainty } from '@edu-catalogus/kit/data';
import { JSONScalar } from '@edu-catalogus/kit/curation';
import { Alternative } from './Alternative.ts';
import { Category } from './Category.ts';
import { AlternativeEntry, CategoryEntry, CurationMutation, CurationQuery, Editor, ProductEntry, Revision, ToolEntry, ProblemReport } from './Curation.ts';
import { Product } from './Product.ts';
import { Query } from './Query.ts';
import { Facility, Organisation, Standard } from './references.ts';
import { Tool } from './Tool.ts';
import { ToolConnection } from './ToolConnection.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...CurationQuery },
  Mutation: CurationMutation,
  Tool,
  ToolConnection,
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
