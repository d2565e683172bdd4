/**
 * The tasks an ExtractionPool worker thread runs: a text's link keys, and one extraction job, start
 * to end. They read and write nothing but their messages; the pool ends the thread when a task runs
 * out of time.
 */
import { getPriority, setPriority } from 'node:os';
import {
  EXTRACTION_NICE,
  linkKeysOf,
  runExtraction,
  type ExtractionJob,
  type ExtractionOutcome,
} from './extraction-job';

// Extraction is background work (see EXTRACTION_NICE): on Linux a nice value belongs to a thread
// (setpriority on "this process" sets the calling thread's), so this lowers this thread alone;
// elsewhere it would lower the whole service, and is not done.
if (process.platform === 'linux') {
  try {
    setPriority(Math.min(19, getPriority() + EXTRACTION_NICE));
  } catch {
    // Refused (a sandbox without the right): extraction runs at the service's priority.
  }
}

export function linkKeysInWorker(text: string): string[] {
  return linkKeysOf(text);
}

export function extractInWorker(job: ExtractionJob): ExtractionOutcome {
  return runExtraction(job);
}
