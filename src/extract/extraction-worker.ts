/**
 * The tasks an ExtractionPool worker thread runs: a text's link keys, and one extraction job, start
 * to end. They read and write nothing but their messages; the pool ends the thread when a task runs
 * out of time.
 */
import { linkKeysOf, runExtraction, type ExtractionJob, type ExtractionOutcome } from './extraction-job';

export function linkKeysInWorker(text: string): string[] {
  return linkKeysOf(text);
}

export function extractInWorker(job: ExtractionJob): ExtractionOutcome {
  return runExtraction(job);
}
