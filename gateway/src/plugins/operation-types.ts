/**
 * Refuses an operation type the schema does not have (subscriptions) before validation, which
 * otherwise trips over the missing root type in validation plugins.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

export function useKnownOperationTypes(): GatewayPlugin {
  return {
    onValidate({ params, setResult }) {
      for (const definition of params.documentAST.definitions) {
        if (definition.kind === 'OperationDefinition' && !params.schema.getRootType(definition.operation)) {
          setResult([
            new GraphQLError(`This API has no ${definition.operation} operations.`, { nodes: [definition], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          ]);
          return;
        }
      }
    },
  };
}
