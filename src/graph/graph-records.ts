import { isInt } from 'neo4j-driver';
import type { DatePrecision, HistoricalDate } from '../domain/historical-date';
import type { EntityType, RelationType } from '../domain/ontology';

/**
 * What the repositories return: plain objects mapped from the maps the Cypher files project, with
 * Neo4j integers turned into numbers. The GraphQL types are shaped after these.
 */

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  germanName: string | null;
  aliases: string[];
  description: string | null;
  start: HistoricalDate | null;
  end: HistoricalDate | null;
}

export interface EvidenceRecord {
  documentId: string;
  sentenceIndex: number;
  /** The whole sentence of the source. */
  sentence: string;
  /** The words of the sentence the curator quoted, when the evidence quotes part of it. */
  quote: string | null;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  source: EntityRecord;
  target: EntityRecord;
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  inferred: boolean;
  reason: string | null;
  /** The relation's own values: office, how, treaty, recipient, ... */
  properties: Record<string, string>;
  evidence: EvidenceRecord[];
  /** True for a relation an ingested document suggests and nobody has reviewed yet. */
  suggested: boolean;
  /** The suggestion it is drawn from: pending when `suggested`, else accepted. */
  suggestionId: string | null;
  /** How sure the extraction was, for suggested relations. */
  confidence: number | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

type Row = Record<string, unknown>;

export function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}

function toDate(row: Row, prefix: 'start' | 'end'): HistoricalDate | null {
  const iso = row[`${prefix}Iso`];
  if (typeof iso !== 'string') return null;
  const text = row[`${prefix}Text`];
  return {
    iso,
    precision: row[`${prefix}Precision`] as DatePrecision,
    ...(typeof text === 'string' && { text }),
  };
}

export function toEntity(row: Row): EntityRecord {
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name),
    germanName: typeof row.germanName === 'string' ? row.germanName : null,
    aliases: Array.isArray(row.aliases) ? (row.aliases as string[]) : [],
    description: typeof row.description === 'string' ? row.description : null,
    start: toDate(row, 'start'),
    end: toDate(row, 'end'),
  };
}

/** The properties that hold a start and an end (see toDate), for entities and relations alike. */
const DATE_COLUMNS = ['startIso', 'startPrecision', 'startText', 'endIso', 'endPrecision', 'endText'] as const;

/**
 * The entity properties toEntity reads, in the order of the lists that statements returning many
 * entities project (`[n.id, n.type, ...]`, generated from this list): the neo4j driver builds
 * lists much faster than maps, and an entity's other properties (name keys, spans) are the
 * indexes' business.
 */
export const ENTITY_COLUMNS = ['id', 'type', 'name', 'germanName', 'aliases', 'description', ...DATE_COLUMNS] as const;

/** The ENTITY_COLUMNS a brief entity has: the first three. */
export const BRIEF_ENTITY_COLUMNS = ENTITY_COLUMNS.slice(0, 3);

/**
 * How much of the entities and relations they return the statements that return relations
 * project, so that a query reads only what it asks for (see projection.ts in src/api/common).
 * Projecting less is much cheaper: at a million entities a 2-hop neighbourhood of 200 relations
 * takes about 6 ms in Neo4j and the driver whole, and about 3.5 ms brief.
 */
export interface Projection {
  /** Every ENTITY_COLUMNS value; else only BRIEF_ENTITY_COLUMNS, the others read as empty. */
  entityDetails: boolean;
  /**
   * Relations' RELATION_COLUMNS and own values (dates, inference, quotes, review); else they read
   * as empty, except on suggested relations, whose type is among them.
   */
  relationDetails: boolean;
  /** Relations' evidence sentences; else none. */
  evidence: boolean;
}

/** Everything: for callers that do not know what will be read. */
export const FULL_PROJECTION: Projection = { entityDetails: true, relationDetails: true, evidence: true };

/** An entity from a list of ENTITY_COLUMNS values, or of BRIEF_ENTITY_COLUMNS values. */
export function toEntityFromColumns(values: readonly unknown[]): EntityRecord {
  const row: Row = {};
  ENTITY_COLUMNS.forEach((column, i) => (row[column] = values[i]));
  return toEntity(row);
}

/**
 * The properties of a relation that are not its own values (office, how, treaty, ...): the
 * loader's, the review's and the dates'.
 */
export const SYSTEM_PROPERTIES = [
  'id',
  'dataset',
  'inferred',
  'reason',
  'evidence',
  'quotes',
  'quoteDocuments',
  'quoteStarts',
  'quoteEnds',
  'spanFrom',
  'spanTo',
  'startPrecisionRank',
  'spanScale',
  'timelineKey',
  'suggestionId',
  'fromSuggestion',
  'relationType',
  'confidence',
  'reviewedBy',
  'reviewedAt',
  ...(['start', 'end'] as const).flatMap((end) =>
    ['Iso', 'Precision', 'Text', 'YearFrom', 'YearTo'].map((part) => `${end}${part}`),
  ),
] as const;

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
  ...DATE_COLUMNS,
  'relationType',
  'suggestionId',
  'fromSuggestion',
  'confidence',
  'reviewedBy',
  'reviewedAt',
] as const;

/**
 * What the statements returning relations project of each relation, in this order, as a list
 * (generated, see relationList in generated-cypher.ts): the driver reads a list of values much
 * faster than a map, whose keys it sets one by one. `columns` are RELATION_COLUMNS values,
 * `values` the relation's own values as key-value pairs, `sentences` SENTENCE_COLUMNS lists, and
 * the ends are ENTITY_COLUMNS lists or, where a statement returns the entities once, ids.
 */
export const RELATION_FIELDS = ['id', 'type', 'columns', 'values', 'sentences', 'source', 'target'] as const;

/** The properties of an evidence sentence that toEvidence reads, in the order of its list. */
export const SENTENCE_COLUMNS = ['documentId', 'index', 'text', 'start', 'end'] as const;

const FIELD = Object.fromEntries(RELATION_FIELDS.map((name, i) => [name, i])) as Record<
  (typeof RELATION_FIELDS)[number],
  number
>;

/** The ends of a relation list as its statement gives them: ENTITY_COLUMNS lists or ids. */
export function relationEnds(row: readonly unknown[]): { source: unknown; target: unknown } {
  return { source: row[FIELD.source], target: row[FIELD.target] };
}

/**
 * A relation's system properties from its `columns`, and its own values (as text) from its
 * `values`: none of either when the statement projected no details.
 */
function relationProperties(row: readonly unknown[]): { properties: Row; values: Record<string, string> } {
  const properties: Row = {};
  // Null when the statement projected no details (see Projection).
  const columns = row[FIELD.columns] as unknown[] | null;
  if (columns !== null) {
    for (let i = 0; i < RELATION_COLUMNS.length; i += 1) properties[RELATION_COLUMNS[i]!] = columns[i];
  }
  const values: Record<string, string> = {};
  for (const [key, value] of row[FIELD.values] as [string, unknown][]) {
    // Values are strings, numbers or booleans (the annotations allow no other kind).
    values[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return { properties, values };
}

/** An evidence sentence as a list of SENTENCE_COLUMNS values. */
type SentenceRow = [documentId: string, index: unknown, text: string, start: unknown, end: unknown];

/** One Evidence per cited sentence, in text order, with the part of the quote that falls in it. */
function toEvidence(properties: Row, sentences: readonly SentenceRow[]): EvidenceRecord[] {
  const quotes = (properties.quotes as string[] | undefined) ?? [];
  const documents = (properties.quoteDocuments as string[] | undefined) ?? [];
  const starts = ((properties.quoteStarts as unknown[] | undefined) ?? []).map(toNumber);
  const ends = ((properties.quoteEnds as unknown[] | undefined) ?? []).map(toNumber);
  return sentences
    .map(([documentId, index, text, start, end]) => ({
      documentId,
      index: toNumber(index),
      text,
      start: toNumber(start),
      end: toNumber(end),
    }))
    .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.index - b.index)
    .map(({ documentId, index, text, start, end }) => {
      const at = quotes.findIndex((_, i) => documents[i] === documentId && starts[i]! < end && ends[i]! > start);
      const quote =
        at === -1 ? null : text.slice(Math.max(starts[at]!, start) - start, Math.min(ends[at]!, end) - start);
      return { documentId, sentenceIndex: index, sentence: text, quote };
    });
}

/**
 * A relation from the list of RELATION_FIELDS a statement projects: its ends from the list
 * (ENTITY_COLUMNS lists), or, when a statement returns the entities once and names the ends by
 * id, the ones given.
 */
export function toRelation(
  row: readonly unknown[],
  ends?: { source: EntityRecord; target: EntityRecord },
): RelationRecord {
  const { properties, values } = relationProperties(row);
  const storedType = row[FIELD.type] as string;
  const suggested = storedType === 'SUGGESTED';
  const text = (key: string): string | null => (typeof properties[key] === 'string' ? properties[key] : null);
  return {
    id: String(row[FIELD.id]),
    // A suggested relation is stored as SUGGESTED with the type it suggests as a property.
    type: (suggested ? properties.relationType : storedType) as RelationType,
    source: ends?.source ?? toEntityFromColumns(row[FIELD.source] as unknown[]),
    target: ends?.target ?? toEntityFromColumns(row[FIELD.target] as unknown[]),
    start: toDate(properties, 'start'),
    end: toDate(properties, 'end'),
    inferred: properties.inferred === true,
    reason: typeof properties.reason === 'string' ? properties.reason : null,
    properties: values,
    evidence: toEvidence(properties, row[FIELD.sentences] as SentenceRow[]),
    suggested,
    suggestionId: text(suggested ? 'suggestionId' : 'fromSuggestion'),
    confidence: typeof properties.confidence === 'number' ? properties.confidence : null,
    reviewedBy: text('reviewedBy'),
    reviewedAt: text('reviewedAt'),
  };
}
