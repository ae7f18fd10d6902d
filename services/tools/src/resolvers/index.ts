/** The resolver map of the tools subgraph. */
import { Alternative } from './Alternative.ts';
import { Category } from './Category.ts';
import { Product } from './Product.ts';
import { Query } from './Query.ts';
import { Facility, Organisation, Standard } from './references.ts';
import { Tool } from './Tool.ts';

export const resolvers = { Query, Tool, Product, Alternative, Category, Standard, Facility, Organisation };
