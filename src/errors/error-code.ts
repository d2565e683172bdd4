/** The `extensions.code` values clients can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  /** A mutation without the admin token that the server was given. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A mutation on a server that was given no admin token: mutations are off. */
  FORBIDDEN = 'FORBIDDEN',
  /** Another request changed the same thing at the same time (two ingests of one document id). */
  CONFLICT = 'CONFLICT',
  /** The query could return more values than the server answers at once; refused before any work. */
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** The answer grew past the size the server sends at once; ask for less. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  /** Too many costly queries at once, from this client or in all; retry after `retryAfterSeconds`. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A query ran longer than the transaction timeout and was stopped. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
