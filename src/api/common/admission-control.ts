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
 * One expensive query per core, two at least; a very expensive one (see HEAVY_QUERY_COST) runs
 * alone. One per core but one, as this was, left a two-core machine one expensive query at a
 * time, and that one slot, not the cores, was what ran out: at a million entities with the
 * explorer's mix (42% of its requests expensive) at 60 requests/s, the expensive ones queued for
 * seconds (p95 1.3 s, 56.6 requests/s answered) with the cores half idle; with two slots all 60
 * were answered at p95 98 ms (157 ms in the benchmark's shorter level), and cheap searches stayed
 * at p95 38-45 ms (33-40 with one slot).
 * Three slots measured the same as two. Four on two cores measured better alternated with two at
 * 200 requests/s of the benchmark's mix (seven rounds of 20 s each way: p95 median 76 against 323
 * ms; the expensive ones queued for a slot with two) and alike at 160, but the benchmark run with
 * four fell behind at 160 (146.7 answered, p95 4.1 s; 12.1 ms of CPU a request against 8.9-10.0 in
 * the two runs with two): not adopted. Run again as the benchmark's levels run (160, 240, 200
 * requests/s in turn, five rounds each way), two and four measured alike: the worst operation's p95
 * 78-301 against 52-416 ms at 160, 95-213 against 95-242 at 200. The costliest queries allowed
 * (answers of a megabyte) keep running one at a time: two at once took the API's one thread from
 * cheap queries (a cheap query's p95 500-560 ms beside eight clients sending them, 90-150 ms when
 * they run alone).
 */
export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = {
  concurrent: Math.max(2, availableParallelism()),
  perClient: 1,
  queuePerClient: 4,
  maxWaitMs: 10_000,
};

interface Waiter {
  client: string;
  /** Slots it takes: one, or all of them for a query that runs alone. */
  slots: number;
  admit: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Slots for expensive queries (see EXPENSIVE_QUERY_COST), shared fairly: at most `concurrent` run
 * at once, at most `perClient` of them from one client, and a query that runs alone takes every
 * slot. The others wait in order of arrival, a client's turn coming only when it has fewer than
 * `perClient` running, so that one client's burst cannot starve the others; nor can later queries
 * starve one that waits to run alone, as none passes it. A query that cannot wait (its client's
 * queue is full) or waits too long is refused with TOO_MANY_REQUESTS and a time to retry after.
 * Cheap queries never wait.
 */
export class AdmissionControl {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits = DEFAULT_ADMISSION_LIMITS) {}

  /**
   * Resolves with the function that gives the slot back, once the query may run: beside others,
   * or with `alone`, once no other expensive query runs.
   */
  enter(client: string, { alone = false }: { alone?: boolean } = {}): Promise<() => void> {
    const slots = alone ? this.limits.concurrent : 1;
    // Not past one that waits its turn (one whose client may run more waits only to run alone).
    if (this.firstInTurn() === -1 && this.canRun(client, slots)) return Promise.resolve(this.take(client, slots));
    const queued = this.waiting.filter((waiter) => waiter.client === client).length;
    if (queued >= this.limits.queuePerClient) {
      return Promise.reject(
        new TooManyRequestsError(this.limits.maxWaitMs, 'you have too many costly queries waiting'),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        client,
        slots,
        admit: () => {
          clearTimeout(waiter.timer);
          resolve(this.take(client, slots));
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new TooManyRequestsError(this.limits.maxWaitMs, 'the server is busy with costly queries'));
          // One that waited to run alone no longer holds back those behind it.
          this.admitWaiting();
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Queries running and waiting, for tests and /ready. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private canRun(client: string, slots: number): boolean {
    return this.fits(slots) && this.mayRunMore(client);
  }

  private fits(slots: number): boolean {
    return this.running + slots <= this.limits.concurrent;
  }

  private mayRunMore(client: string): boolean {
    return (this.runningBy.get(client) ?? 0) < this.limits.perClient;
  }

  private take(client: string, slots: number): () => void {
    this.running += slots;
    this.runningBy.set(client, (this.runningBy.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= slots;
      const left = (this.runningBy.get(client) ?? 1) - 1;
      if (left === 0) this.runningBy.delete(client);
      else this.runningBy.set(client, left);
      this.admitWaiting();
    };
  }

  /** The longest-waiting query whose client may run one more, or -1. */
  private firstInTurn(): number {
    return this.waiting.findIndex((waiter) => this.mayRunMore(waiter.client));
  }

  /**
   * The query in turn if it fits in the free slots; -1 when there is none, or when it does not fit
   * (it waits to run alone), as no later one passes it.
   */
  private nextAdmissible(): number {
    const next = this.firstInTurn();
    if (next === -1) return -1;
    return this.fits(this.waiting[next]!.slots) ? next : -1;
  }

  /** Admits waiting queries in turn while the next one fits. */
  private admitWaiting(): void {
    for (let next = this.nextAdmissible(); next !== -1; next = this.nextAdmissible()) {
      const [waiter] = this.waiting.splice(next, 1);
      waiter!.admit();
    }
  }
}
