import { isRetryableError, type Driver, type RecordShape } from 'neo4j-driver';
import { QueryTimeoutError } from '../errors/query-timeout.error';
import { ServiceUnavailableError } from '../errors/service-unavailable.error';
import type { CypherLoader } from './cypher-loader';

export type QueryParameters = Record<string, unknown>;

/** How long one API query may run in Neo4j before it is cut. */
export const QUERY_TIMEOUT_MS = 15_000;

/** How long one write (an ingest, a review) may run before it is cut and rolled back. */
export const WRITE_TIMEOUT_MS = 120_000;

/** Neo4j's codes for a transaction stopped at its timeout. */
function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut/.test(code);
}

/** Runs named statements inside one write transaction. */
export interface WriteStatements {
  run<Row extends RecordShape>(name: string, parameters?: QueryParameters): Promise<Row[]>;
}

/**
 * Runs the named Cypher file in a read transaction and returns its rows as plain objects.
 * Neo4j being away or slow surfaces as SERVICE_UNAVAILABLE; other failures stay internal.
 */
export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherLoader,
    private readonly database: string,
    /** Told the name of every statement sent, before it is sent (tests count them). */
    private readonly onQuery: (name: string) => void = () => {},
    /** How long one read may run in Neo4j before it is stopped. */
    private readonly timeoutMs: number = QUERY_TIMEOUT_MS,
  ) {}

  /**
   * `timeoutMs` overrides the runner's for one statement: warming up plans that take Neo4j
   * seconds to make.
   */
  async read<Row extends RecordShape>(
    name: string,
    parameters: QueryParameters = {},
    { timeoutMs = this.timeoutMs }: { timeoutMs?: number } = {},
  ): Promise<Row[]> {
    const query = this.cypher.load(name);
    this.onQuery(name);
    // An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction
    // takes three (BEGIN, RUN+PULL, COMMIT). Reads need no retries: a failure is reported at once.
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run<Row>(query, parameters, { timeout: timeoutMs });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw this.translate(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Neo4j away or slow: SERVICE_UNAVAILABLE; a query stopped at its timeout: QUERY_TIMEOUT. */
  private translate(error: unknown, timeoutMs: number): unknown {
    if (isTimeout(error)) return new QueryTimeoutError(timeoutMs);
    if (isRetryableError(error)) return new ServiceUnavailableError();
    return error;
  }

  /**
   * Runs `work` in one write transaction: everything it writes is committed together, or, if it
   * throws, nothing is. Not retried: the work may have side effects outside the transaction.
   */
  async write<T>(work: (statements: WriteStatements) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    const tx = session.beginTransaction({ timeout: WRITE_TIMEOUT_MS });
    const statements: WriteStatements = {
      run: async <Row extends RecordShape>(name: string, parameters: QueryParameters = {}) => {
        const query = this.cypher.load(name);
        this.onQuery(name);
        const result = await tx.run<Row>(query, parameters);
        return result.records.map((record) => record.toObject());
      },
    };
    try {
      const value = await work(statements);
      await tx.commit();
      return value;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw this.translate(error, WRITE_TIMEOUT_MS);
    } finally {
      await session.close();
    }
  }
}
