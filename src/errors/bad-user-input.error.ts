import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** An argument is out of its allowed range or malformed; the message names it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument && { argument }) } });
    this.name = 'BadUserInputError';
  }
}
