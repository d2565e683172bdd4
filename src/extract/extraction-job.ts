/**
 * One extraction as data in and data out, so that it can run in a worker thread
 * (extraction-worker.ts) as well as in the caller's: the text, its language and the entities the
 * graph knows, to the proposals of extract-document.ts.
 */
import type { Language } from '../nlp/words';
import { DocumentTooLarge, extractDocument, type Extraction, type ExtractionProgress } from './extract-document';
import { KnownEntityLinker, type KnownEntity } from './link-known-entities';

export interface ExtractionJob {
  text: string;
  language: Language;
  known: readonly KnownEntity[];
}

/**
 * What came of a job: the extraction, or why the text was refused (over DOCUMENT_LIMITS). A plain
 * value, so that it crosses from a worker thread whole (an error would lose its type).
 */
export type ExtractionOutcome = { extraction: Extraction } | { refused: string };

/** Runs the whole pipeline over one job, in the calling thread. */
export function runExtraction(job: ExtractionJob, progress?: ExtractionProgress): ExtractionOutcome {
  const linker = new KnownEntityLinker(job.known);
  const types = new Map(job.known.map((entity) => [entity.id, entity.type]));
  try {
    return { extraction: extractDocument(job.text, job.language, linker, types, progress) };
  } catch (error) {
    if (error instanceof DocumentTooLarge) return { refused: error.message };
    throw error;
  }
}

/** Runs extraction jobs: in this thread (runExtraction), or in a pool of workers (ExtractionPool). */
export type Extractor = (job: ExtractionJob) => Promise<ExtractionOutcome>;

export const extractInThisThread: Extractor = (job) => Promise.resolve(runExtraction(job));
