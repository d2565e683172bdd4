import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';

/** Codes whose messages were written for clients; any other error is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo Server's own request errors.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * graphql-armor's validation rules (depth, aliases, directives) begin their refusals so, though the
 * query parsed: "Syntax Error: Query depth limit of 16 exceeded, found 22." The client is told what
 * was exceeded, without the prefix.
 */
const ARMOR_PREFIX = 'Syntax Error: ';

/**
 * Apollo's formatError: errors the API raised on purpose pass as they are; anything else (driver
 * errors, bugs) reaches the client as a bare INTERNAL_SERVER_ERROR, with no stack or Cypher text.
 * The server logs the original with the request's id (see server.ts). Refusals of graphql-armor's
 * limits lose the "Syntax Error: " they begin with.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith(ARMOR_PREFIX)) {
    return { ...formatted, message: formatted.message.slice(ARMOR_PREFIX.length) };
  }
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
  return {
    message: 'internal error',
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
