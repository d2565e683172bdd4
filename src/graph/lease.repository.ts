import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/run-query';

/** How long a lease lasts unless renewed: a process that dies holding it frees it after this. */
export const LEASE_TTL_MS = 30_000;

/** How often a holder renews its lease, and how often a process waiting for one asks again. */
const RENEW_MS = LEASE_TTL_MS / 3;
const WAIT_MS = 500;

/** This process, as leases name it: host, pid and a random part (pids repeat across hosts and restarts). */
export const THIS_PROCESS = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Leases in Neo4j (`(:Lease {id})`, cypher/system/*-lease.cypher): work that one process of several
 * on the same Neo4j may do at a time, such as loading the curated data when they start together.
 * The lock is Neo4j's own (MERGE on a unique id), so there is no race between processes; a holder
 * renews its lease while it works, and a holder that dies frees it after LEASE_TTL_MS.
 */
export class LeaseRepository {
  constructor(
    private readonly queries: QueryRunner,
    private readonly holder: string = THIS_PROCESS,
  ) {}

  /** Takes (or renews) the lease; returns whether this process holds it, and who does. */
  async acquire(id: string): Promise<{ acquired: boolean; holder: string }> {
    const [row] = await this.queries.write((tx) =>
      tx.run<{ acquired: boolean; holder: string }>('system/acquire-lease', {
        id,
        holder: this.holder,
        ttlMs: neo4j.int(LEASE_TTL_MS),
      }),
    );
    return { acquired: row?.acquired === true, holder: String(row?.holder) };
  }

  async release(id: string): Promise<void> {
    await this.queries.write((tx) => tx.run('system/release-lease', { id, holder: this.holder }));
  }

  /**
   * Runs `work` holding the lease `id`, renewing it meanwhile, and gives it up after. While another
   * process holds it, asks `done()` every half second: when that says the work is done (the other
   * process did it), returns its answer without working; otherwise waits for the lease.
   * `onWait` is told once, with the holder's name, when this process has to wait.
   */
  async runExclusive<T>(
    id: string,
    {
      done,
      work,
      onWait,
    }: { done: () => Promise<T | undefined>; work: () => Promise<T>; onWait?: (holder: string) => void },
  ): Promise<T> {
    let told = false;
    for (;;) {
      const { acquired, holder } = await this.acquire(id);
      if (acquired) break;
      if (!told) onWait?.(holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
      const answer = await done();
      if (answer !== undefined) return answer;
    }
    const renewal = setInterval(() => void this.acquire(id).catch(() => undefined), RENEW_MS);
    try {
      // Done by another process between our last look and taking the lease: nothing to do.
      return (await done()) ?? (await work());
    } finally {
      clearInterval(renewal);
      await this.release(id).catch(() => undefined);
    }
  }
}
