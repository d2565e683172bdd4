import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** The thing a mutation names does not exist; the message names it. */
export class NotFoundError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND, ...(argument && { argument }) } });
    this.name = 'NotFoundError';
  }
}
