import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Neo4j cannot be reached or timed out; the client may retry later. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'the graph database is unavailable; try again shortly') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    this.name = 'ServiceUnavailableError';
  }
}

/** Neo4j's memory for transactions ran out during a read: the same read may fit once others end, or asked for less. */
export class OutOfTransactionMemoryError extends ServiceUnavailableError {
  constructor() {
    super(
      'the graph database has no memory left for this transaction (its limit for all transactions at once is reached); try again shortly, or with less',
    );
    this.name = 'OutOfTransactionMemoryError';
  }
}
