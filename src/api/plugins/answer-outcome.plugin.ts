import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { ApiContext } from '../api-context';

/**
 * Tells the HTTP handler whether an answer may be cached: a query that ran without errors and
 * answered in full (see graphql-http-handler.ts). Mutations, errors and partial answers never are.
 */
export function answerOutcomePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue, operation }) {
          contextValue.outcome.cacheable =
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            operation?.operation === OperationTypeNode.QUERY &&
            contextValue.outcome.partial !== true;
          return Promise.resolve();
        },
      });
    },
  };
}
