/** The `extensions.code` values clients can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  /** A mutation without the admin token that the server was given. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A mutation on a server that was given no admin token: mutations are off. */
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A query ran longer than the transaction timeout and was stopped. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
