/**
 * One extraction as data in and data out, so that it can run in a worker thread
 * (extraction-worker.ts) as well as in the caller's, in two steps: a text's link keys
 * (src/domain/link-keys.ts), with which the caller reads the entities the text may name; then the
 * text, its language and those entities, to the proposals of extract-document.ts.
 */
import { textLinkKeys } from '../domain/link-keys';
import type { Language } from '../nlp/words';
import { DocumentTooLarge, extractDocument, type Extraction, type ExtractionProgress } from './extract-document';
import { KnownEntityLinker, type KnownEntity } from './link-known-entities';

export interface ExtractionJob {
  text: string;
  language: Language;
  /** The entities the text may name (those with one of its link keys); others are not linked. */
  known: readonly KnownEntity[];
}

/**
 * How much nicer than the service an extraction thread runs (at most 19): extraction is background
 * work, and yields the CPU to the event loop's requests and to Neo4j when they want it.
 */
export const EXTRACTION_NICE = 10;

/** The link keys of a text, sorted: what to ask the graph for before extracting. */
export function linkKeysOf(text: string): string[] {
  return [...textLinkKeys(text)].sort();
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

/** Runs both steps: in this thread, or in a pool of workers (ExtractionPool). */
export interface Extractor {
  linkKeys(text: string): Promise<string[]>;
  extract(job: ExtractionJob): Promise<ExtractionOutcome>;
}

export const extractInThisThread: Extractor = {
  linkKeys: (text) => Promise.resolve(linkKeysOf(text)),
  extract: (job) => Promise.resolve(runExtraction(job)),
};
