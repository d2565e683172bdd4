import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Neo4j stopped a query at the transaction timeout; asking for less (fewer hops, a lower limit) helps. */
export class QueryTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(
      `the query ran longer than ${timeoutMs / 1000} s and was stopped; ask for less (fewer hops, a smaller depth or limit)`,
      { extensions: { code: ErrorCode.QUERY_TIMEOUT } },
    );
    this.name = 'QueryTimeoutError';
  }
}
