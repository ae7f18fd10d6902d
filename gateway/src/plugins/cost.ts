/**
 * Refuses, before any subgraph is asked, an operation whose estimated size is too large: each object
 * field costs 1, times the `first` of its list (or an assumed size for a list without `first`), so
 * nested lists multiply; a free-text argument (`search`, `to`) adds `searchCost`, since the text search,
 * not the objects, is what such a field spends. Arguments are checked on the way: `first` outside 0..100
 * (with the subgraphs' own message) and over-long strings, literal or from variables. The estimate is
 * kept per request (`estimatedCost`) for the concurrency limit (concurrency.ts).
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { InputError, MAX_PAGE_SIZE, pageSize } from '@edu-catalogus/kit/runtime';
import { getNamedType, getNullableType, GraphQLError, isCompositeType, isListType, type GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { refusal } from './refusal.ts';

export interface CostOptions {
  maxCost: number;
  assumedListSize: number;
  maxStringLength: number;
  /** What one non-empty free-text argument adds to the estimate (0: nothing). */
  searchCost?: number;
}

/** The arguments that run a text search in a subgraph. */
const TEXT_ARGUMENTS = new Set(['search', 'to']);

const costs = new WeakMap<object, number>();
/** The estimated cost of the operation a GraphQL context executes (undefined before the cost limit ran). */
export const estimatedCost = (context: object): number | undefined => costs.get(context);

function checkStrings(name: string, value: unknown, max: number): void {
  if (typeof value === 'string' && value.length > max) throw new InputError(name, `${name} is longer than ${max} characters`);
  if (Array.isArray(value)) for (const v of value) checkStrings(name, v, max);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) checkStrings(`${name}.${key}`, v, max);
}

const isList = (type: GraphQLOutputType) => isListType(getNullableType(type));

/** How many objects a field stands for, given its children's cost. */
export function costEstimator({ assumedListSize, maxStringLength, searchCost = 0 }: Omit<CostOptions, 'maxCost'>) {
  return ({ type: parentType, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    let text = 0;
    for (const [name, value] of Object.entries(args)) {
      checkStrings(name, value, maxStringLength);
      if (TEXT_ARGUMENTS.has(name) && typeof value === 'string' && value.trim() !== '') text += searchCost;
    }
    // Introspection is answered by the gateway itself from the schema in memory.
    if (field.name.startsWith('__')) return 0;
    const own = isCompositeType(getNamedType(field.type)) ? 1 : 0;
    let size = 1;
    if (field.args.some((a) => a.name === 'first')) size = pageSize(args.first as number | null | undefined, MAX_PAGE_SIZE);
    // A connection's `edges` are already counted by the `first` of the field that returned it.
    else if (isList(field.type) && !(field.name === 'edges' && parentType.name.endsWith('Connection'))) size = assumedListSize;
    return size * (own + childComplexity) + text;
  };
}

export function useCostLimit(options: CostOptions): GatewayPlugin {
  const estimators = [costEstimator(options)];
  return {
    onExecute({ args, context, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = getComplexity({
          schema: args.schema,
          query: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          ...(args.operationName ? { operationName: args.operationName } : {}),
          estimators,
        });
      } catch (error) {
        if (error instanceof InputError) return setResultAndStopExecution({ errors: [refusal(error.message, error.code, 400, error.extensions)] });
        // graphql-query-complexity reports bad variables, and its own node limit (fragment bombs), as GraphQLErrors.
        if (error instanceof GraphQLError) {
          const code = /maximum allowed number of nodes/.test(error.message) ? 'COST_ESTIMATED_TOO_EXPENSIVE' : 'BAD_USER_INPUT';
          return setResultAndStopExecution({ errors: [refusal(error.message, code)] });
        }
        throw error;
      }
      costs.set(context, cost);
      if (cost > options.maxCost) {
        const message = `The operation is too large: it could return about ${cost} objects, more than ${options.maxCost}. Ask for fewer items (first) or fewer nested lists.`;
        setResultAndStopExecution({ errors: [refusal(message, 'COST_ESTIMATED_TOO_EXPENSIVE', 400, { cost: { estimated: cost, max: options.maxCost } })] });
      }
    },
  };
}
