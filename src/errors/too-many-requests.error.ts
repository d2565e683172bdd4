import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** The server is busy with costly queries, or this client has too many waiting; try again after a while. */
export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterMs: number, why: string) {
    const seconds = Math.ceil(retryAfterMs / 1000);
    super(`${why}; try again in ${seconds} s, or ask for less (fewer items or fields)`, {
      extensions: {
        code: ErrorCode.TOO_MANY_REQUESTS,
        retryAfterSeconds: seconds,
        http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      },
    });
    this.name = 'TooManyRequestsError';
  }
}
