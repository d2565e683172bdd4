import { ErrorCode } from '../../src/errors/error-code';
import { formatError } from '../../src/errors/format-error';
import { ServiceUnavailableError } from '../../src/errors/service-unavailable.error';

describe('formatError', () => {
  it('passes errors raised for clients as they are', () => {
    const error = new ServiceUnavailableError();
    const formatted = formatError(error.toJSON());
    expect(formatted.extensions?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(formatted.message).toBe(error.message);
  });

  it('masks internal errors: no message, stack or Cypher', () => {
    const formatted = formatError({
      message: 'Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n',
      path: ['about'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    });
    expect(formatted).toEqual({
      message: 'internal error',
      path: ['about'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('MATCH');
  });

  it('takes "Syntax Error: " off the refusals of the depth and alias limits, which are not syntax errors', () => {
    const formatted = formatError({
      message: 'Syntax Error: Query depth limit of 16 exceeded, found 22.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatted).toEqual({
      message: 'Query depth limit of 16 exceeded, found 22.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const parseError = {
      message: 'Syntax Error: Expected Name, found <EOF>.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    };
    expect(formatError(parseError)).toEqual(parseError);
  });
});
