import type { HistoricalDate } from '../../domain/historical-date';
import { nameKey } from '../../domain/name-keys';
import type { EntityType, RelationType } from '../../domain/ontology';
import { DATASETS } from './datasets';
import {
  REVIEWED_RELATION_ID_PREFIX,
  sentenceId,
  SUGGESTED_RELATION_ID_PREFIX,
  type RelationProperty,
} from './relation.model';
import { DATE_PROPERTIES, dateProperties, PERIOD_PROPERTIES, spanProperties } from './stored-dates';
import { present, type StoredProperties } from './stored-values';

/**
 * How suggestions are stored: `(:Document)-[:HAS_SUGGESTION]->(:Suggestion)`, apart from curated
 * facts. A pending relation suggestion between two known entities is also drawn as a SUGGESTED
 * relationship, and an accepted one as a relation of its type (see the relation model and the
 * relink statements generated from these lists in src/graph/statements).
 */
export const SUGGESTION_PROPERTIES = [
  'id',
  /** What is proposed, independent of the document's version: the same proposal is not made twice. */
  'key',
  'kind',
  'documentId',
  'status',
  'confidence',
  /** The rule of the pipeline that proposed it, shown to the reviewer. */
  'rule',
  'createdAt',
  /** An entity suggestion: the name, its spelling key, the type, and where the name occurs. */
  'name',
  'nameKey',
  'entityType',
  'occurrenceSentenceIds',
  'occurrenceStarts',
  'occurrenceEnds',
  /** A relation suggestion: its type and ends, as entity ids once known, and as the text names them. */
  'relationType',
  'sourceId',
  'targetId',
  'sourceName',
  'targetName',
  'sourceNameKey',
  'targetNameKey',
  /** The sentence it is drawn from, and the words, with offsets in the document's text. */
  'sentenceIndex',
  'sentenceId',
  'quote',
  'quoteStart',
  'quoteEnd',
  /** The date the sentence names, as a relation would store it. */
  ...DATE_PROPERTIES,
  ...PERIOD_PROPERTIES,
  /** A person's decision. */
  'reviewedBy',
  'reviewedAt',
  'reviewNote',
  /** What the reviewer corrected before accepting, one line per change ("relationType: A -> B"). */
  'corrections',
  /** An accepted entity suggestion: the id of the entity it became. */
  'acceptedAs',
] as const;
export type SuggestionProperty = (typeof SUGGESTION_PROPERTIES)[number];

export type SuggestionStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** The sentence a suggestion is drawn from. */
export interface SuggestionEvidence {
  documentId: string;
  sentenceIndex: number;
  quote: string;
  /** Offsets of the quote in the document's text. */
  quoteStart: number;
  quoteEnd: number;
  /** The date the sentence names, if any. */
  date: HistoricalDate | null;
}

function evidenceProperties(evidence: SuggestionEvidence) {
  return {
    documentId: evidence.documentId,
    sentenceIndex: evidence.sentenceIndex,
    sentenceId: sentenceId(evidence.documentId, evidence.sentenceIndex),
    quote: evidence.quote,
    quoteStart: evidence.quoteStart,
    quoteEnd: evidence.quoteEnd,
    ...dateProperties('start', evidence.date),
    // A suggestion is not on the timeline; the relations drawn from it are (see relink).
    ...spanProperties(evidence.date, null),
  };
}

/** A new, pending suggestion's properties (written with its creation time). */
function pending(createdAt: string) {
  return { status: 'PENDING' as const, createdAt };
}

export function encodeEntitySuggestion(
  suggestion: {
    id: string;
    key: string;
    confidence: number;
    rule: string;
    name: string;
    entityType: EntityType;
    occurrences: readonly { sentenceIndex: number; start: number; end: number }[];
    evidence: SuggestionEvidence;
  },
  createdAt: string,
): StoredProperties<SuggestionProperty> {
  return present<SuggestionProperty>({
    id: suggestion.id,
    key: suggestion.key,
    kind: 'ENTITY',
    confidence: suggestion.confidence,
    rule: suggestion.rule,
    name: suggestion.name,
    nameKey: nameKey(suggestion.name),
    entityType: suggestion.entityType,
    occurrenceSentenceIds: suggestion.occurrences.map((o) =>
      sentenceId(suggestion.evidence.documentId, o.sentenceIndex),
    ),
    occurrenceStarts: suggestion.occurrences.map((o) => o.start),
    occurrenceEnds: suggestion.occurrences.map((o) => o.end),
    ...evidenceProperties(suggestion.evidence),
    ...pending(createdAt),
  });
}

export function encodeRelationSuggestion(
  suggestion: {
    id: string;
    key: string;
    confidence: number;
    rule: string;
    relationType: RelationType;
    sourceId: string | null;
    targetId: string | null;
    sourceName: string;
    targetName: string;
    evidence: SuggestionEvidence;
  },
  createdAt: string,
): StoredProperties<SuggestionProperty> {
  return present<SuggestionProperty>({
    id: suggestion.id,
    key: suggestion.key,
    kind: 'RELATION',
    confidence: suggestion.confidence,
    rule: suggestion.rule,
    relationType: suggestion.relationType,
    sourceId: suggestion.sourceId,
    targetId: suggestion.targetId,
    sourceName: suggestion.sourceName,
    targetName: suggestion.targetName,
    sourceNameKey: nameKey(suggestion.sourceName),
    targetNameKey: nameKey(suggestion.targetName),
    ...evidenceProperties(suggestion.evidence),
    ...pending(createdAt),
  });
}

/** What a reviewer changed in a relation suggestion before accepting it. */
export interface SuggestionCorrection {
  relationType?: RelationType;
  source?: { id: string; name: string };
  target?: { id: string; name: string };
  /** The date of what it states, replacing the one the sentence gave (if any). */
  date?: HistoricalDate;
  /** One line per change, for the record. */
  changes: string[];
}

/**
 * A person's decision on a suggestion, as it is added to the suggestion's properties; with a
 * correction, the corrected type, ends and date replace the proposed ones (the relation drawn
 * from it copies them) and the changes are recorded.
 */
export function encodeReview(review: {
  status: Exclude<SuggestionStatus, 'PENDING'>;
  reviewedBy: string;
  reviewedAt: string;
  note: string | null;
  correction?: SuggestionCorrection;
}): StoredProperties<SuggestionProperty> {
  const correction = review.correction;
  return present<SuggestionProperty>({
    status: review.status,
    reviewedBy: review.reviewedBy,
    reviewedAt: review.reviewedAt,
    reviewNote: review.note,
    ...(correction && {
      relationType: correction.relationType,
      sourceId: correction.source?.id,
      sourceName: correction.source?.name,
      sourceNameKey: correction.source && nameKey(correction.source.name),
      targetId: correction.target?.id,
      targetName: correction.target?.name,
      targetNameKey: correction.target && nameKey(correction.target.name),
      ...(correction.date && { ...dateProperties('start', correction.date), ...spanProperties(correction.date, null) }),
      corrections: correction.changes,
    }),
  });
}

/**
 * The properties of a suggestion that the relations drawn from it copy (see the relink statements
 * in src/graph/statements): its date and period.
 */
export const SUGGESTION_DATE_PROPERTIES = [
  ...DATE_PROPERTIES,
  ...PERIOD_PROPERTIES,
] as const satisfies readonly SuggestionProperty[];

/**
 * How a relation drawn from the suggestion `x` (a Cypher variable) is stored, as a Cypher
 * expression per relation property: `suggested`, the SUGGESTED relationship of a pending one;
 * `reviewed`, the relation of its type that an accepted one became. Drawn inside Neo4j by the
 * relink statements (generated from this in src/graph/statements), because they are drawn again
 * whenever a reload of the curated data has replaced the entities they link.
 */
export function relationFromSuggestion(
  x: string,
  drawn: 'suggested' | 'reviewed',
): Partial<Record<RelationProperty, string>> {
  const id = `'${drawn === 'suggested' ? SUGGESTED_RELATION_ID_PREFIX : REVIEWED_RELATION_ID_PREFIX}' + ${x}.id`;
  const copied = Object.fromEntries(SUGGESTION_DATE_PROPERTIES.map((property) => [property, `${x}.${property}`]));
  return {
    ...copied,
    id,
    dataset: `'${drawn === 'suggested' ? DATASETS.suggested : DATASETS.reviewed}'`,
    inferred: 'false',
    evidence: `[${x}.sentenceId]`,
    quotes: `[${x}.quote]`,
    quoteDocuments: `[${x}.documentId]`,
    quoteStarts: `[${x}.quoteStart]`,
    quoteEnds: `[${x}.quoteEnd]`,
    ...(drawn === 'suggested'
      ? { suggestionId: `${x}.id`, relationType: `${x}.relationType`, confidence: `${x}.confidence` }
      : { fromSuggestion: `${x}.id`, reviewedBy: `${x}.reviewedBy`, reviewedAt: `${x}.reviewedAt` }),
  };
}

/**
 * After an entity was created from an accepted entity suggestion `x`: Cypher that records on `x`
 * the entity `e` it became, and on a pending relation suggestion `y` that named it by name, that
 * `e` is its source or target.
 */
export const acceptedEntityCypher = {
  became: (x: string, e: string) => `${x}.acceptedAs = ${e}.id`,
  namedAsSource: (y: string, x: string) => `${y}.sourceId IS NULL AND ${y}.sourceNameKey = ${x}.nameKey`,
  isSource: (y: string, e: string) => `${y}.sourceId = ${e}.id`,
  namedAsTarget: (y: string, x: string) => `${y}.targetId IS NULL AND ${y}.targetNameKey = ${x}.nameKey`,
  isTarget: (y: string, e: string) => `${y}.targetId = ${e}.id`,
};
