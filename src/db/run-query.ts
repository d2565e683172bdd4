import { AsyncLocalStorage } from 'node:async_hooks';
import {
  isRetryableError,
  type Driver,
  type Record as Neo4jRecord,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import { QueryTimeoutError } from '../errors/query-timeout.error';
import { OutOfTransactionMemoryError, ServiceUnavailableError } from '../errors/service-unavailable.error';
import type { CypherLoader } from './cypher-loader';
import type { Neo4jLiveness } from './neo4j-liveness';

export type QueryParameters = Record<string, unknown>;

/** How long one API query may run in Neo4j before it is cut. */
export const QUERY_TIMEOUT_MS = 15_000;

/**
 * How long a read may run while Neo4j may still be planning it: planning counts against a
 * transaction's time, and the longest statements take Neo4j seconds to plan (the several paths'
 * 6-10 s alone, twice that beside other work on two cores), more than the 15 s a query is given.
 */
export const PLANNING_TIMEOUT_MS = 120_000;

/** Set while the reads that run are there to have Neo4j plan their statements (see whilePlanning). */
const planning = new AsyncLocalStorage<true>();

/**
 * Runs `work`, whose reads are there to have Neo4j plan their statements (a warm-up), with the
 * planning timeout instead of a query's. Reads outside it, run meanwhile, keep their own.
 */
export function whilePlanning<T>(work: () => Promise<T>): Promise<T> {
  return planning.run(true, work);
}

/** How long one write (an ingest, a review) may run before it is cut and rolled back. */
export const WRITE_TIMEOUT_MS = 120_000;

/** Neo4j's codes for a transaction stopped at its timeout. */
function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut/.test(code);
}

export interface QueryRunnerOptions {
  /** Told the name of every statement sent, before it is sent (tests count them). */
  onQuery?: (name: string) => void;
  /**
   * Told every read that succeeded, with its parameters, its rows and when it was sent
   * (`performance.now()`): the benchmark replays them, those sent after others answered after them.
   */
  onRead?: (name: string, parameters: QueryParameters, rows: readonly RecordShape[], sentAt: number) => void;
  /** How long one read may run in Neo4j before it is stopped. */
  timeoutMs?: number;
  /** Gives statements up when Neo4j stops answering (a freeze, a partition) instead of waiting. */
  liveness?: Neo4jLiveness;
}

function isOutOfTransactionMemory(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(code);
}

/**
 * A record as a plain object of its keys. The driver's own toObject walks the record through a
 * compiled generator, allocating an iterator result and a pair for every field: for the 600 rows of
 * a hub's neighbourhood that was a tenth of what a request allocated.
 */
function toRow<Row extends RecordShape>(record: Neo4jRecord<Row>): Row {
  const row: RecordShape = {};
  const { keys } = record;
  for (let i = 0; i < keys.length; i += 1) row[keys[i] as string] = record.get(i);
  return row;
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
  private readonly onQuery: (name: string) => void;
  private readonly onRead: QueryRunnerOptions['onRead'];
  private readonly timeoutMs: number;
  private readonly liveness: Neo4jLiveness | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherLoader,
    private readonly database: string,
    { onQuery = () => {}, onRead, timeoutMs = QUERY_TIMEOUT_MS, liveness }: QueryRunnerOptions = {},
  ) {
    this.onQuery = onQuery;
    this.onRead = onRead;
    this.timeoutMs = timeoutMs;
    this.liveness = liveness;
  }

  private guarded<T>(work: () => Promise<T>, whenGivenUp?: string): Promise<T> {
    return this.liveness ? this.liveness.guard(work, whenGivenUp) : work();
  }

  /**
   * `timeoutMs` overrides the runner's for one statement (whilePlanning's by default there).
   */
  async read<Row extends RecordShape>(
    name: string,
    parameters: QueryParameters = {},
    {
      timeoutMs = planning.getStore() ? Math.max(this.timeoutMs, PLANNING_TIMEOUT_MS) : this.timeoutMs,
    }: {
      timeoutMs?: number;
    } = {},
  ): Promise<Row[]> {
    const query = this.cypher.load(name);
    this.onQuery(name);
    // An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction
    // takes three (BEGIN, RUN+PULL, COMMIT). Reads need no retries: a failure is reported at once.
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const sentAt = this.onRead ? performance.now() : 0;
    try {
      const result = await this.guarded(() => session.run<Row>(query, parameters, { timeout: timeoutMs }));
      const rows = result.records.map((record) => toRow(record));
      this.onRead?.(name, parameters, rows, sentAt);
      return rows;
    } catch (error) {
      throw this.translate(error, timeoutMs);
    } finally {
      await this.close(session);
    }
  }

  /** Closes a session; not waited for when Neo4j does not answer, as closing would wait for it too. */
  private async close(session: Session): Promise<void> {
    const closing = session.close();
    if (this.liveness?.isAnswering === false) void closing.catch(() => undefined);
    else await closing;
  }

  /** Neo4j away or slow: SERVICE_UNAVAILABLE; a query stopped at its timeout: QUERY_TIMEOUT. */
  private translate(error: unknown, timeoutMs: number): unknown {
    if (isTimeout(error)) return new QueryTimeoutError(timeoutMs);
    if (isOutOfTransactionMemory(error)) return new OutOfTransactionMemoryError();
    // A deadlock is retryable but not an outage: the caller knows what was written at once.
    const code = (error as { code?: unknown } | null)?.code;
    if (isRetryableError(error) && code !== 'Neo.TransientError.Transaction.DeadlockDetected') {
      return new ServiceUnavailableError();
    }
    return error;
  }

  /**
   * Runs one statement that commits in batches itself (`CALL { ... } IN TRANSACTIONS`), in an
   * auto-commit transaction, and returns its rows. What it committed before a failure stays.
   */
  async writeInBatches<Row extends RecordShape>(name: string, parameters: QueryParameters = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database });
    const query = this.cypher.load(name);
    this.onQuery(name);
    try {
      const result = await this.guarded(async () => await session.run<Row>(query, parameters));
      return result.records.map((record) => toRow(record));
    } catch (error) {
      throw this.translate(error, WRITE_TIMEOUT_MS);
    } finally {
      await this.close(session);
    }
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
        return result.records.map((record) => toRow(record));
      },
    };
    const run = async () => {
      const value = await work(statements);
      await tx.commit();
      return value;
    };
    try {
      return await this.guarded(
        run,
        'The write was not confirmed: Neo4j commits it whole or not at all; read it again once the service is ready',
      );
    } catch (error) {
      // A Neo4j that does not answer would not answer the rollback either.
      if (this.liveness?.isAnswering !== false && tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw this.translate(error, WRITE_TIMEOUT_MS);
    } finally {
      await this.close(session);
    }
  }
}
