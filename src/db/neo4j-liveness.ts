/**
 * Whether Neo4j answers now, known without waiting for it: a probe (`RETURN 1`) every second. A
 * probe unanswered after 2.5 s marks Neo4j as not answering: every statement in flight is given up
 * with SERVICE_UNAVAILABLE, and new ones are refused at once, instead of waiting out a freeze or a
 * partition (the driver's own timeouts act only on new connections, Neo4j's only when it runs).
 * The next probe that is answered marks it as answering again and tells the listeners (the server
 * warms its query plans again: a restarted Neo4j has none).
 */
import type { Driver } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors/service-unavailable.error';
import { describeConnectionFailure } from './neo4j-connection';

export interface LivenessSettings {
  /** How often Neo4j is probed. */
  probeEveryMs: number;
  /** How long a probe may go unanswered before Neo4j counts as not answering. */
  answerWithinMs: number;
}

export const LIVENESS_SETTINGS: LivenessSettings = { probeEveryMs: 1_000, answerWithinMs: 2_500 };

export class Neo4jLiveness {
  private answering = true;
  private why = '';
  private probing = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<(error: Error) => void>();
  private readonly recovered = new Set<() => void>();
  private readonly settings: LivenessSettings;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    settings: Partial<LivenessSettings> = {},
  ) {
    this.settings = { ...LIVENESS_SETTINGS, ...settings };
  }

  /** Starts probing; the timer does not keep the process alive. */
  start(): this {
    this.timer ??= setInterval(() => void this.probe(), this.settings.probeEveryMs).unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  get isAnswering(): boolean {
    return this.answering;
  }

  /** Calls `listener` each time Neo4j answers again after it did not; returns the unsubscribe. */
  onRecovered(listener: () => void): () => void {
    this.recovered.add(listener);
    return () => this.recovered.delete(listener);
  }

  /**
   * `work`'s result, or SERVICE_UNAVAILABLE as soon as Neo4j is known not to answer (at once when
   * it is already known). `whenGivenUp` says, for writes, what became of the work.
   */
  guard<T>(work: () => Promise<T>, whenGivenUp = ''): Promise<T> {
    if (!this.answering) return Promise.reject(this.unavailable(whenGivenUp));
    return new Promise<T>((resolve, reject) => {
      const giveUp = (error: Error) => reject(error);
      this.inFlight.add(giveUp);
      work().then(
        (value) => {
          this.inFlight.delete(giveUp);
          resolve(value);
        },
        (error: unknown) => {
          this.inFlight.delete(giveUp);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }).catch((error: unknown) => {
      if (error instanceof GivenUp) throw this.unavailable(whenGivenUp);
      throw error;
    });
  }

  private unavailable(whenGivenUp: string): ServiceUnavailableError {
    return new ServiceUnavailableError(
      `the graph database is unavailable (it does not answer: ${this.why}); try again shortly${whenGivenUp ? `. ${whenGivenUp}` : ''}`,
    );
  }

  /** One probe at a time: a probe Neo4j never answers is not repeated, only waited for. */
  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    const late = setTimeout(
      () => this.markNotAnswering(`no answer within ${this.settings.answerWithinMs / 1000} s`),
      this.settings.answerWithinMs,
    );
    const session = this.driver.session({ database: this.database });
    try {
      await session.run('RETURN 1');
      clearTimeout(late);
      this.markAnswering();
    } catch (error) {
      clearTimeout(late);
      // An error Neo4j sent (its codes start with "Neo.": out of transaction memory, say) is an
      // answer; only the driver's own failures to reach it are not.
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('Neo.')) this.markAnswering();
      else this.markNotAnswering(describeConnectionFailure(error, this.database));
    } finally {
      this.probing = false;
      void session.close().catch(() => undefined);
    }
  }

  private markNotAnswering(why: string): void {
    this.why = why;
    if (!this.answering) return;
    this.answering = false;
    for (const giveUp of this.inFlight) giveUp(new GivenUp());
    this.inFlight.clear();
  }

  private markAnswering(): void {
    if (this.answering) return;
    this.answering = true;
    for (const listener of this.recovered) listener();
  }
}

class GivenUp extends Error {}
