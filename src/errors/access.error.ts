import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** The request lacks the admin token, or carries a wrong one. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
    this.name = 'UnauthenticatedError';
  }
}

/** The server allows no mutations at all (no admin token is set). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
    this.name = 'ForbiddenError';
  }
}
