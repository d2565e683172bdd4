import type { SourceDescription } from '../../domain/source-description';
import type { Dataset } from './datasets';
import { sentenceId } from './relation.model';
import { present, type StoredProperties } from './stored-values';

/**
 * How documents, their sentences and the mentions of entities in them are stored:
 * `(:Document)-[:HAS_SENTENCE]->(:Sentence)` and `(:Entity)-[:MENTIONED_IN]->(:Sentence)`.
 */

export const DOCUMENT_PROPERTIES = [
  'id',
  'dataset',
  'title',
  /** de or en. */
  'language',
  /** Where the text comes from (for the curated corpus). */
  'note',
  /** What the text is (SourceDescription): an original or a translation, and what is known of the original. */
  'sourceKind',
  'translatedFrom',
  'original',
  'knownOfOriginal',
  'unknownOfOriginal',
  'text',
  /** When an ingested document was written (ISO 8601). */
  'ingestedAt',
] as const;
export type DocumentProperty = (typeof DOCUMENT_PROPERTIES)[number];

export const SENTENCE_PROPERTIES = [
  'id',
  'dataset',
  'documentId',
  'index',
  /** The paragraph (line) it stands in. */
  'paragraph',
  'text',
  /** Offsets of the sentence in its document's text. */
  'start',
  'end',
  /** body, heading or caption. */
  'kind',
  /**
   * For an ingested document's sentence: the mentions found in it, as parallel lists (entity ids,
   * starts, ends within the sentence), from which its MENTIONED_IN relationships are drawn, also
   * again after a reload of the curated data has replaced the entities.
   */
  'mentionEntityIds',
  'mentionStarts',
  'mentionEnds',
  /**
   * For a curated document's sentence: the ids of the curated relations whose evidence it is, so
   * that a reader can mark it without searching every relation. (An ingested document's sentences
   * carry their suggestions instead, each naming its sentence.)
   */
  'evidenceOf',
] as const;
export type SentenceProperty = (typeof SENTENCE_PROPERTIES)[number];

/** A mention: where in the sentence, and the words as written. */
export const MENTION_PROPERTIES = ['start', 'end', 'text'] as const;
export type MentionProperty = (typeof MENTION_PROPERTIES)[number];

export interface DocumentInput {
  id: string;
  title: string;
  language: string;
  note?: string | null;
  source?: SourceDescription | null;
  text: string;
}

export interface SentenceInput {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  kind: string;
}

/** A document's own properties; an ingested one records when. */
export function encodeDocument(
  document: DocumentInput,
  dataset: Dataset,
  ingestedAt?: string,
): StoredProperties<DocumentProperty> {
  return present<DocumentProperty>({
    id: document.id,
    dataset,
    title: document.title,
    language: document.language,
    note: document.note,
    sourceKind: document.source?.kind,
    translatedFrom: document.source?.translatedFrom,
    original: document.source?.original,
    knownOfOriginal: document.source?.known,
    unknownOfOriginal: document.source?.unknown,
    text: document.text,
    ingestedAt,
  });
}

/** A sentence of a document, with the mentions found in it when the document is ingested. */
export function encodeSentence(
  documentId: string,
  sentence: SentenceInput,
  dataset: Dataset,
  mentions?: readonly { entityId: string; start: number; end: number }[],
  evidenceOf?: readonly string[],
): StoredProperties<SentenceProperty> {
  return present<SentenceProperty>({
    id: sentenceId(documentId, sentence.index),
    dataset,
    documentId,
    index: sentence.index,
    paragraph: sentence.paragraph,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    kind: sentence.kind,
    mentionEntityIds: mentions?.map((mention) => mention.entityId),
    mentionStarts: mentions?.map((mention) => mention.start),
    mentionEnds: mentions?.map((mention) => mention.end),
    evidenceOf: evidenceOf?.length ? [...evidenceOf] : undefined,
  });
}

export function encodeMention(mention: {
  start: number;
  end: number;
  text: string;
}): StoredProperties<MentionProperty> {
  return { start: mention.start, end: mention.end, text: mention.text };
}

/**
 * Mentions as Cypher writes them inside Neo4j: a MENTIONED_IN relationship's properties from a
 * sentence `s` and offsets, and the mention lists of `s` grown by one more mention.
 */
export const mentionCypher = {
  properties: (s: string, start: string, end: string): Record<MentionProperty, string> => ({
    start,
    end,
    text: `substring(${s}.text, ${start}, ${end} - ${start})`,
  }),
  append: (s: string, entityId: string, start: string, end: string) =>
    `${s}.mentionEntityIds = ${s}.mentionEntityIds + ${entityId}, ` +
    `${s}.mentionStarts = ${s}.mentionStarts + ${start}, ${s}.mentionEnds = ${s}.mentionEnds + ${end}`,
};
