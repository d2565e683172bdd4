import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Neo4j cannot be reached or timed out; the client may retry later. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'the graph database is unavailable; try again shortly') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    this.name = 'ServiceUnavailableError';
  }
}
