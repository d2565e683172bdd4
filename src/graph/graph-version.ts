import type { QueryRunner } from '../db/run-query';

/**
 * How often the version is read again, for writes made by other processes on the same Neo4j: an
 * answer kept in memory is served at most this long after another process changed the graph.
 */
export const GRAPH_VERSION_POLL_MS = 500;

/**
 * The graph's version as this process knows it: read at start, read again after each write this
 * process makes, and twice a second for writes of other processes on the same Neo4j. HTTP ETags are
 * derived from it; without a known version nothing is marked cacheable.
 */
export class GraphVersion {
  private current: string | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queries: QueryRunner,
    private readonly pollMs = GRAPH_VERSION_POLL_MS,
  ) {}

  /** The version last read, or null before the first read succeeded. */
  get value(): string | null {
    return this.current;
  }

  /** Reads the version from Neo4j; keeps the last one known when Neo4j does not answer. */
  async refresh(): Promise<string | null> {
    try {
      const [row] = await this.queries.read<{ version: string }>('system/graph-version');
      this.current = row?.version ?? null;
    } catch {
      // Neo4j away: answers will fail anyway, and the next poll tries again.
    }
    return this.current;
  }

  /** Reads now and then every `pollMs`, without keeping the process alive. */
  start(): Promise<string | null> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.refresh(), this.pollMs);
      this.timer.unref();
    }
    return this.refresh();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
