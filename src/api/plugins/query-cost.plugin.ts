import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { QueryTooCostlyError } from '../../errors/query-too-costly.error';
import type { ApiContext } from '../api-context';
import type { AdmissionControl } from '../common/admission-control';
import { EXPENSIVE_QUERY_COST, HEAVY_QUERY_COST, MAX_QUERY_COST, queryCost } from '../common/query-cost';

/**
 * Before any work: refuses a query that could return more than MAX_QUERY_COST values
 * (QUERY_TOO_COSTLY), and has an expensive one wait for a slot (see AdmissionControl; a heavy one
 * for all of them), which it gives back when its answer is sent, whatever happened.
 */
export function queryCostPlugin(schema: GraphQLSchema, admission: AdmissionControl): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      let release: (() => void) | undefined;
      return Promise.resolve({
        async didResolveOperation({ request, document, operationName, contextValue }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // Variables that do not fit the operation (a required one missing, a wrong type): no cost
            // to weigh, as execution refuses them with BAD_USER_INPUT before any resolver runs.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > MAX_QUERY_COST) throw new QueryTooCostlyError(cost, MAX_QUERY_COST);
          if (cost >= EXPENSIVE_QUERY_COST) {
            release = await admission.enter(contextValue.client, { alone: cost >= HEAVY_QUERY_COST });
          }
        },
        willSendResponse() {
          release?.();
          return Promise.resolve();
        },
      });
    },
  };
}
