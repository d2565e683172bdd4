import { availableParallelism } from 'node:os';
import { TooManyRequestsError } from '../../errors/too-many-requests.error';

export interface AdmissionLimits {
  /** Expensive queries running at once, in all. */
  concurrent: number;
  /** Expensive queries one client may run at once. */
  perClient: number;
  /** Expensive queries one client may have waiting; beyond, TOO_MANY_REQUESTS at once. */
  queuePerClient: number;
  /** How long a query waits for a slot before it is refused with TOO_MANY_REQUESTS. */
  maxWaitMs: number;
}

/**
 * One expensive query per core but one: Neo4j and the API share the cores, and the one left over
 * keeps cheap queries quick (on two cores, one expensive query at a time).
 */
export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = {
  concurrent: Math.max(1, availableParallelism() - 1),
  perClient: 1,
  queuePerClient: 4,
  maxWaitMs: 10_000,
};

interface Waiter {
  client: string;
  admit: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Slots for expensive queries (see EXPENSIVE_QUERY_COST), shared fairly: at most `concurrent` run
 * at once, at most `perClient` of them from one client; the others wait in order of arrival, a
 * client's turn coming only when it has fewer than `perClient` running, so that one client's burst
 * cannot starve the others. A query that cannot wait (its client's queue is full) or waits too
 * long is refused with TOO_MANY_REQUESTS and a time to retry after. Cheap queries never wait.
 */
export class AdmissionControl {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits = DEFAULT_ADMISSION_LIMITS) {}

  /** Resolves with the function that gives the slot back, once the query may run. */
  enter(client: string): Promise<() => void> {
    if (this.canRun(client)) return Promise.resolve(this.take(client));
    const queued = this.waiting.filter((waiter) => waiter.client === client).length;
    if (queued >= this.limits.queuePerClient) {
      return Promise.reject(
        new TooManyRequestsError(this.limits.maxWaitMs, 'you have too many costly queries waiting'),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        client,
        admit: () => {
          clearTimeout(waiter.timer);
          resolve(this.take(client));
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new TooManyRequestsError(this.limits.maxWaitMs, 'the server is busy with costly queries'));
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Queries running and waiting, for tests and /ready. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private canRun(client: string): boolean {
    return this.running < this.limits.concurrent && (this.runningBy.get(client) ?? 0) < this.limits.perClient;
  }

  private take(client: string): () => void {
    this.running += 1;
    this.runningBy.set(client, (this.runningBy.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.runningBy.get(client) ?? 1) - 1;
      if (left === 0) this.runningBy.delete(client);
      else this.runningBy.set(client, left);
      this.admitNext();
    };
  }

  /** The longest-waiting query whose client may run one more. */
  private admitNext(): void {
    const next = this.waiting.findIndex((waiter) => this.canRun(waiter.client));
    if (next === -1) return;
    const [waiter] = this.waiting.splice(next, 1);
    waiter!.admit();
  }
}
