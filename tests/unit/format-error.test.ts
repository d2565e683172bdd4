import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../src/errors/error-code';
import { formatError } from '../../src/errors/format-error';
import { ServiceUnavailableError } from '../../src/errors/service-unavailable.error';

describe('formatError', () => {
  it('passes errors raised for clients as they are', () => {
    const error = new ServiceUnavailableError();
    const logged: unknown[] = [];
    const formatted = formatError(error.toJSON(), error, (e) => logged.push(e));
    expect(formatted.extensions?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(formatted.message).toBe(error.message);
    expect(logged).toEqual([]);
  });

  it('masks internal errors and logs them in full', () => {
    const cause = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n');
    const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['about'] });
    const logged: unknown[] = [];
    const formatted = formatError(
      { message: cause.message, path: ['about'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrapped,
      (e) => logged.push(e),
    );
    expect(formatted).toEqual({
      message: 'internal error',
      path: ['about'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('MATCH');
    expect(logged).toEqual([cause]);
  });
});
