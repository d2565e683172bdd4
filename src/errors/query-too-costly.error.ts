import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** A query could return more values than the server answers at once; refused before any work. */
export class QueryTooCostlyError extends GraphQLError {
  constructor(cost: number, maxCost: number) {
    super(
      `the query could return about ${cost.toLocaleString('en')} values; at most ${maxCost.toLocaleString('en')} are answered at once: ask for fewer items (first, last, limit) or fewer fields, or page`,
      { extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost, maxCost, http: { status: 400 } } },
    );
    this.name = 'QueryTooCostlyError';
  }
}
