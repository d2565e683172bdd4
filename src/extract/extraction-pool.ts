/**
 * Extraction off the service's event loop: a small pool of worker threads (Piscina) with a short
 * queue and a time budget per document. While a document is extracted, /health, reads and other
 * requests are answered as usual; a document that takes longer than the budget is refused with
 * BAD_USER_INPUT (its thread is ended, nothing is written), and a request that finds the pool and
 * its queue full gets TOO_MANY_REQUESTS.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { TooManyRequestsError } from '../errors/too-many-requests.error';
import type { ExtractionJob, ExtractionOutcome, Extractor } from './extraction-job';

export interface ExtractionLimits {
  /** Worker threads: documents extracted at once. */
  threads: number;
  /** Documents that may wait for a thread; more are refused. */
  queue: number;
  /** How long one document may take to extract before it is refused. */
  budgetMs: number;
}

/** One thread per spare core, at most two: the event loop and Neo4j need the rest. */
export const EXTRACTION_LIMITS: ExtractionLimits = {
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  queue: 4,
  budgetMs: 20_000,
};

/**
 * The compiled worker. Under ts-jest this module runs from src/, where there is no JavaScript for
 * a thread to load: the build's copy in dist/ is used (the test scripts build before they run).
 */
function workerFile(): string {
  const here = __filename.endsWith('.ts') ? path.resolve(__dirname, '..', '..', 'dist', 'src', 'extract') : __dirname;
  return path.join(here, 'extraction-worker.js');
}

export class ExtractionPool implements Extractor {
  readonly limits: ExtractionLimits;
  private readonly pool: Piscina<ExtractionJob | string, ExtractionOutcome | string[]>;

  constructor(limits: Partial<ExtractionLimits> = {}) {
    this.limits = { ...EXTRACTION_LIMITS, ...limits };
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: this.limits.threads,
      maxQueue: this.limits.queue,
      // A thread idle for a minute is ended; the next document starts one (about 100 ms).
      idleTimeout: 60_000,
      // The pipeline's tables for a 1 MB text take a few hundred MB at worst; more is a fault.
      resourceLimits: { maxOldGenerationSizeMb: 768 },
    });
  }

  /** A text's link keys, in a worker thread (a 1 MB text's take half a second of CPU), or a refusal. */
  readonly linkKeys = (text: string): Promise<string[]> => this.run<string[]>(text, 'linkKeysInWorker');

  /** Extracts in a worker thread, or refuses (queue full, out of time) with an error that says why. */
  readonly extract = (job: ExtractionJob): Promise<ExtractionOutcome> =>
    this.run<ExtractionOutcome>(job, 'extractInWorker');

  private async run<T extends ExtractionOutcome | string[]>(task: ExtractionJob | string, name: string): Promise<T> {
    // The budget counts from the request, waiting for a thread included: a document is extracted
    // or refused within it, whatever else is queued.
    const signal = AbortSignal.timeout(this.limits.budgetMs);
    try {
      return (await this.pool.run(task, { name, signal })) as T;
    } catch (error) {
      if (signal.aborted) {
        throw new BadUserInputError(
          `input.text could not be extracted within ${this.limits.budgetMs / 1000} s (the budget per document, waiting for other documents included): split it into smaller documents, or try again when fewer are being ingested; nothing was written`,
          'input.text',
        );
      }
      // Piscina's own refusal when every thread is busy and `maxQueue` documents wait.
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw new TooManyRequestsError(
          this.limits.budgetMs,
          `${this.limits.threads + this.limits.queue} documents are being extracted or waiting`,
        );
      }
      throw error;
    }
  }

  /** Ends the threads; jobs still running are refused. */
  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }
}
