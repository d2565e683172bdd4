/**
 * The task an ExtractionPool worker thread runs: one extraction job, start to end. It reads and
 * writes nothing but its message; the pool ends the thread when the job runs out of time.
 */
import { runExtraction, type ExtractionJob, type ExtractionOutcome } from './extraction-job';

export function extractInWorker(job: ExtractionJob): ExtractionOutcome {
  return runExtraction(job);
}
