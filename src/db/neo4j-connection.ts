import neo4j, { type Driver } from 'neo4j-driver';
import { UserFacingError } from '../errors/user-facing.error';

export interface Neo4jConnection {
  uri: string;
  user: string;
  /** Unset: connect without authentication. */
  password?: string;
  database: string;
}

/** How long start-up waits for Neo4j before it reports the address it could not reach. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Start-up could not talk to Neo4j; the message names the address and the reason in one line. */
export class Neo4jUnreachableError extends UserFacingError {
  constructor(
    readonly uri: string,
    readonly reason: string,
  ) {
    super(`cannot reach Neo4j at ${uri}: ${reason}`);
  }
}

export function createDriver(connection: Neo4jConnection): Driver {
  const auth =
    connection.password === undefined
      ? { scheme: 'none', principal: '', credentials: '' }
      : neo4j.auth.basic(connection.user, connection.password);
  return neo4j.driver(connection.uri, auth, {
    connectionTimeout: CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
    // Short: a request fails with SERVICE_UNAVAILABLE within seconds when Neo4j is away.
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Checks that Neo4j answers and that the database exists, within `timeoutMs`; throws
 * Neo4jUnreachableError otherwise.
 */
export async function verifyNeo4j(
  driver: Driver,
  connection: Neo4jConnection,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Neo4jUnreachableError(connection.uri, `no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([
      pingNeo4j(driver, connection.database).catch((error: unknown) => {
        throw new Neo4jUnreachableError(connection.uri, describeConnectionFailure(error, connection.database));
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One `RETURN 1` in an auto-commit transaction: unlike `executeQuery`, it is not retried, so a
 * Neo4j that is away fails at once. Also fails when the database does not exist.
 */
export async function pingNeo4j(driver: Driver, database: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('RETURN 1', {}, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** Turns the driver's long messages into the few words a person needs. */
export function describeConnectionFailure(error: unknown, database: string): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'unknown host';
  if (/ETIMEDOUT|timed out|timeout/i.test(message)) return 'connection timed out';
  if (/ECONNRESET|EPIPE/.test(message)) return 'connection reset';
  if (code === 'Neo.ClientError.Security.Unauthorized')
    return 'authentication failed: check NEO4J_USER and NEO4J_PASSWORD';
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return 'too many failed logins: wait, then check NEO4J_PASSWORD';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return `database "${database}" does not exist: check NEO4J_DATABASE`;
  return message.split('\n')[0] ?? message;
}
