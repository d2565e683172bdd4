import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Another request changed the same thing at the same time; trying again will see its result. */
export class ConflictError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...(argument && { argument }) } });
    this.name = 'ConflictError';
  }
}
