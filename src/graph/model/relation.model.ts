import type { AssertionKind, Verdict } from '../../domain/assertion';
import type { HistoricalDate } from '../../domain/historical-date';
import { RELATION_VALUE_KEYS, type RelationType, type RelationValueKey } from '../../domain/ontology';
import type { Dataset } from './datasets';
import { toEntityFromColumns } from './entity.model';
import type { AssertionRecord, EntityRecord, EvidenceRecord, RelationRecord } from './records';
import {
  DATE_COLUMNS,
  DATE_PROPERTIES,
  dateProperties,
  PERIOD_PROPERTIES,
  spanProperties,
  dateFromColumns,
} from './stored-dates';
import { present, toNumber, type StoredProperties, type StoredValue } from './stored-values';

/**
 * How a relation is stored: a relationship typed by the ontology between two entities (or
 * SUGGESTED, for one drawn from a pending suggestion, its type a property), with its own values
 * (RELATION_VALUE_KEYS) and these system properties, and no others.
 */
export const RELATION_SYSTEM_PROPERTIES = [
  'id',
  'dataset',
  'inferred',
  'reason',
  ...DATE_PROPERTIES,
  /** The period it covers; its place on the timeline is its timeline entry's (timeline-entry.model.ts). */
  ...PERIOD_PROPERTIES,
  /** The ids of the sentences that state it (`<document>:<index>`). */
  'evidence',
  /** The quoted words, with their document and offsets in its text: parallel lists. */
  'quotes',
  'quoteDocuments',
  'quoteStarts',
  'quoteEnds',
  /**
   * Whose statement it is when not a fact the text states (absent for facts): CLAIM, PLAN or
   * BELIEF, who made it (an entity id), the verdict of the text, and the quotes behind the verdict
   * (sentence ids, and the quoted words placed as `quotes` are).
   */
  'assertion',
  'claimedBy',
  'verdict',
  'verdictEvidence',
  'verdictQuotes',
  'verdictQuoteDocuments',
  'verdictQuoteStarts',
  'verdictQuoteEnds',
  /** A SUGGESTED relation's suggestion, type and the pipeline's confidence. */
  'suggestionId',
  'relationType',
  'confidence',
  /** A relation accepted from a suggestion: which, by whom, when. */
  'fromSuggestion',
  'reviewedBy',
  'reviewedAt',
] as const;

/** Every property a stored relation may have: the system's and the relation's own values. */
export const RELATION_PROPERTIES = [
  ...RELATION_SYSTEM_PROPERTIES,
  ...(Object.keys(RELATION_VALUE_KEYS) as RelationValueKey[]),
] as const;
export type RelationProperty = (typeof RELATION_PROPERTIES)[number];

/** A quote of the evidence, placed in its document. */
export interface StoredEvidence {
  quote: string;
  documentId: string;
  /** Offsets of the quote in the document text. */
  start: number;
  end: number;
  /** The sentences the quote overlaps (usually one). */
  sentenceIndexes: readonly number[];
}

/** A claim, plan or belief, as its writers know it. */
export interface StoredAssertion {
  kind: Exclude<AssertionKind, 'FACT'>;
  claimedBy: string | null;
  verdict: Verdict;
  verdictEvidence: readonly StoredEvidence[];
}

/** A relation as its writers know it. */
export interface RelationInput {
  id: string;
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  inferred: boolean;
  reason: string | null;
  values: Partial<Record<RelationValueKey, string>>;
  evidence: readonly StoredEvidence[];
  /** Null (or left out) for a fact the text states. */
  assertion?: StoredAssertion | null;
}

/** The ids of the sentences quotes overlap, each once. */
function sentenceIds(evidence: readonly StoredEvidence[]): string[] {
  return [
    ...new Set(evidence.flatMap((span) => span.sentenceIndexes.map((index) => sentenceId(span.documentId, index)))),
  ];
}

/** A sentence's id: `<document id>:<index>`. */
export function sentenceId(documentId: string, index: number): string {
  return `${documentId}:${index}`;
}

/** A curated relation as the statement that creates relations takes its properties. */
export function encodeRelation(relation: RelationInput, dataset: Dataset): StoredProperties<RelationProperty> {
  return present<RelationProperty>({
    ...relation.values,
    id: relation.id,
    dataset,
    inferred: relation.inferred,
    reason: relation.reason,
    ...dateProperties('start', relation.start),
    ...dateProperties('end', relation.end),
    ...spanProperties(relation.start, relation.end),
    evidence: sentenceIds(relation.evidence),
    quotes: relation.evidence.map((span) => span.quote),
    quoteDocuments: relation.evidence.map((span) => span.documentId),
    quoteStarts: relation.evidence.map((span) => span.start),
    quoteEnds: relation.evidence.map((span) => span.end),
    ...(relation.assertion && encodeAssertion(relation.assertion)),
  });
}

function encodeAssertion(assertion: StoredAssertion): Partial<Record<RelationProperty, StoredValue | null>> {
  const evidence = assertion.verdictEvidence;
  return {
    assertion: assertion.kind,
    claimedBy: assertion.claimedBy,
    verdict: assertion.verdict,
    ...(evidence.length > 0 && {
      verdictEvidence: sentenceIds(evidence),
      verdictQuotes: evidence.map((span) => span.quote),
      verdictQuoteDocuments: evidence.map((span) => span.documentId),
      verdictQuoteStarts: evidence.map((span) => span.start),
      verdictQuoteEnds: evidence.map((span) => span.end),
    }),
  };
}

/** The ids of relations drawn from suggestions: "suggested:<id>" while pending, "reviewed:<id>" once accepted. */
export const SUGGESTED_RELATION_ID_PREFIX = 'suggested:';
export const REVIEWED_RELATION_ID_PREFIX = 'reviewed:';

/**
 * The system properties toRelation reads, in the order of the list that the statements returning
 * relations project as a relation's `columns` (`[r.inferred, r.reason, ...]`, generated, with the
 * relation's own values as key-value pairs beside them): smaller than the whole property map, and
 * faster for the driver to read.
 */
export const RELATION_COLUMNS = [
  'inferred',
  'reason',
  'quotes',
  'quoteDocuments',
  'quoteStarts',
  'quoteEnds',
  'assertion',
  'claimedBy',
  'verdict',
  'verdictQuotes',
  'verdictQuoteDocuments',
  'verdictQuoteStarts',
  'verdictQuoteEnds',
  ...DATE_COLUMNS,
  'relationType',
  'suggestionId',
  'fromSuggestion',
  'confidence',
  'reviewedBy',
  'reviewedAt',
] as const satisfies readonly RelationProperty[];

/**
 * What the statements returning relations project of each relation, in this order, as a list
 * (generated, see relationList in src/graph/statements): the driver reads a list of values much
 * faster than a map, whose keys it sets one by one. `columns` are RELATION_COLUMNS values,
 * `values` the relation's own values as key-value pairs, `sentences` SENTENCE_COLUMNS lists, and
 * the ends are ENTITY_COLUMNS lists or, where a statement returns the entities once, ids;
 * `verdictSentences` are the SENTENCE_COLUMNS lists of the sentences behind a verdict, `claimant`
 * the ENTITY_COLUMNS list of who claimed it (null for a fact, without details, or where the statement
 * does not read it: the export).
 */
export const RELATION_FIELDS = [
  'id',
  'type',
  'columns',
  'values',
  'sentences',
  'source',
  'target',
  'verdictSentences',
  'claimant',
] as const;

/** The properties of an evidence sentence that toEvidence reads, in the order of its list. */
export const SENTENCE_COLUMNS = ['documentId', 'index', 'text', 'start', 'end'] as const;

const FIELD = Object.fromEntries(RELATION_FIELDS.map((name, i) => [name, i])) as Record<
  (typeof RELATION_FIELDS)[number],
  number
>;

/** Where each of RELATION_COLUMNS stands in a relation's `columns`. */
const COLUMN = Object.fromEntries(RELATION_COLUMNS.map((name, i) => [name, i])) as Record<
  (typeof RELATION_COLUMNS)[number],
  number
>;

/** The columns of the quotes behind a relation, and behind its verdict: parallel lists. */
const QUOTES = {
  quotes: COLUMN.quotes,
  documents: COLUMN.quoteDocuments,
  starts: COLUMN.quoteStarts,
  ends: COLUMN.quoteEnds,
};
const VERDICT_QUOTES = {
  quotes: COLUMN.verdictQuotes,
  documents: COLUMN.verdictQuoteDocuments,
  starts: COLUMN.verdictQuoteStarts,
  ends: COLUMN.verdictQuoteEnds,
};

/**
 * The RELATION_COLUMNS that serve only to place quotes in the evidence sentences (QUOTES and
 * VERDICT_QUOTES): the statements project them only with the evidence (see Projection). A quote is
 * as long as its sentence.
 */
export const QUOTE_COLUMNS: ReadonlySet<(typeof RELATION_COLUMNS)[number]> = new Set(
  [QUOTES, VERDICT_QUOTES].flatMap((of) => Object.values(of).map((column) => RELATION_COLUMNS[column]!)),
);

/** The columns of a relation the statement projected no details of (see Projection): none. */
const NO_COLUMNS: readonly unknown[] = [];

/** The ends of a relation list as its statement gives them: ENTITY_COLUMNS lists or ids. */
export function relationEnds(row: readonly unknown[]): { source: unknown; target: unknown } {
  return { source: row[FIELD.source], target: row[FIELD.target] };
}

/** A relation's own values (as text) from its `values` pairs: none without details. */
function relationValues(pairs: readonly [string, unknown][]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of pairs) {
    // Values are strings, numbers or booleans (the annotations allow no other kind).
    values[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return values;
}

/** A column that holds text, or null. */
function textAt(columns: readonly unknown[], column: number): string | null {
  const value = columns[column];
  return typeof value === 'string' ? value : null;
}

/** An evidence sentence as a list of SENTENCE_COLUMNS values. */
type SentenceRow = [documentId: string, index: unknown, text: string, start: unknown, end: unknown];

/** An evidence sentence with its numbers read, before its quote is placed in it. */
interface Sentence {
  documentId: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * One Evidence per cited sentence, in text order, with the part of the quote that falls in it:
 * of the relation's evidence (QUOTES) or its verdict's (VERDICT_QUOTES).
 */
function toEvidence(
  columns: readonly unknown[],
  sentences: readonly SentenceRow[] | null | undefined,
  of: typeof QUOTES,
): EvidenceRecord[] {
  if (!sentences || sentences.length === 0) return [];
  const quotes = (columns[of.quotes] as string[] | null | undefined) ?? [];
  const documents = (columns[of.documents] as string[] | null | undefined) ?? [];
  const starts = ((columns[of.starts] as unknown[] | null | undefined) ?? []).map(toNumber);
  const ends = ((columns[of.ends] as unknown[] | null | undefined) ?? []).map(toNumber);
  const read: Sentence[] = sentences.map(([documentId, index, text, start, end]) => ({
    documentId,
    index: toNumber(index),
    text,
    start: toNumber(start),
    end: toNumber(end),
  }));
  read.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.index - b.index);
  return read.map(({ documentId, index, text, start, end }) => {
    const at = quotes.findIndex((_, i) => documents[i] === documentId && starts[i]! < end && ends[i]! > start);
    const quote = at === -1 ? null : text.slice(Math.max(starts[at]!, start) - start, Math.min(ends[at]!, end) - start);
    return { documentId, sentenceIndex: index, sentence: text, quote };
  });
}

/** The assertion of a fact the text states. */
const FACT: AssertionRecord = { kind: 'FACT', claimedBy: null, verdict: null, verdictEvidence: [] };

/**
 * A relation from the list of RELATION_FIELDS a statement projects: its ends from the list
 * (ENTITY_COLUMNS lists), or, when a statement returns the entities once and names the ends by
 * id, the ones given.
 */
export function toRelation(
  row: readonly unknown[],
  ends?: { source: EntityRecord; target: EntityRecord },
): RelationRecord {
  // Read by position (COLUMN): for the hundreds of relations of a page, no map of each one's columns.
  const columns = (row[FIELD.columns] as unknown[] | null) ?? NO_COLUMNS;
  const storedType = row[FIELD.type] as string;
  const suggested = storedType === 'SUGGESTED';
  const assertion = columns[COLUMN.assertion];
  const confidence = columns[COLUMN.confidence];
  return {
    id: String(row[FIELD.id]),
    // A suggested relation is stored as SUGGESTED with the type it suggests as a property.
    type: (suggested ? columns[COLUMN.relationType] : storedType) as RelationType,
    source: ends?.source ?? toEntityFromColumns(row[FIELD.source] as unknown[]),
    target: ends?.target ?? toEntityFromColumns(row[FIELD.target] as unknown[]),
    start: dateFromColumns(columns, COLUMN.startIso),
    end: dateFromColumns(columns, COLUMN.endIso),
    inferred: columns[COLUMN.inferred] === true,
    reason: textAt(columns, COLUMN.reason),
    properties: relationValues(row[FIELD.values] as [string, unknown][]),
    evidence: toEvidence(columns, row[FIELD.sentences] as SentenceRow[], QUOTES),
    assertion:
      typeof assertion === 'string'
        ? {
            kind: assertion as AssertionKind,
            claimedBy: textAt(columns, COLUMN.claimedBy),
            ...(Array.isArray(row[FIELD.claimant]) && {
              claimant: toEntityFromColumns(row[FIELD.claimant] as unknown[]),
            }),
            verdict: (textAt(columns, COLUMN.verdict) as Verdict | null) ?? 'UNVERIFIED',
            verdictEvidence: toEvidence(columns, row[FIELD.verdictSentences] as SentenceRow[], VERDICT_QUOTES),
          }
        : FACT,
    suggested,
    suggestionId: textAt(columns, suggested ? COLUMN.suggestionId : COLUMN.fromSuggestion),
    confidence: typeof confidence === 'number' ? confidence : null,
    reviewedBy: textAt(columns, COLUMN.reviewedBy),
    reviewedAt: textAt(columns, COLUMN.reviewedAt),
  };
}
