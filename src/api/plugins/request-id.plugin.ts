import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '../../errors/error-code';
import type { ApiContext } from '../api-context';

/**
 * Logs internal errors with the request id, and gives that id to the client in the masked error,
 * so a report can be matched to the log.
 */
export function requestIdPlugin(logError: (error: unknown, requestId: string) => void): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions.code;
            if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) {
              logError(unwrapResolverError(error), contextValue.requestId);
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
