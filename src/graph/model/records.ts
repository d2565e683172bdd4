import type { AssertionKind, Verdict } from '../../domain/assertion';
import type { HistoricalDate } from '../../domain/historical-date';
import type { Label } from '../../domain/label';
import type { Location } from '../../domain/location';
import type { EntityType, RelationType } from '../../domain/ontology';

/**
 * What the repositories return: plain objects decoded from what the statements project, with
 * Neo4j integers turned into numbers. The GraphQL types are shaped after these.
 */

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  germanName: string | null;
  aliases: string[];
  description: string | null;
  /** Its names in every language and script; empty when the projection asked for no details. */
  labels: Label[];
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  /** Its Wikidata item id. */
  wikidata: string | null;
  /** Where a place is. */
  location: Location | null;
  /** A territory's bounds as the text gives them. */
  bounds: string | null;
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
  /** Whose statement it is: a fact the text states, or a claim, plan or belief. */
  assertion: AssertionRecord;
  /** True for a relation an ingested document suggests and nobody has reviewed yet. */
  suggested: boolean;
  /** The suggestion it is drawn from: pending when `suggested`, else accepted. */
  suggestionId: string | null;
  /** How sure the extraction was, for suggested relations. */
  confidence: number | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** Whose statement a relation is, and what the text says of it. */
export interface AssertionRecord {
  kind: AssertionKind;
  /** The id of who claimed, planned or believed it. */
  claimedBy: string | null;
  /** Who that is, when the statement that read the relation read them too. */
  claimant?: EntityRecord;
  /** Null for a fact. */
  verdict: Verdict | null;
  /** The sentences behind the verdict. */
  verdictEvidence: EvidenceRecord[];
}

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
   * Relations' RELATION_COLUMNS (dates, inference, claims, review); else they read as empty,
   * except on suggested relations, whose type is among them. Their quotes come only with
   * `evidence`, the sentences they are placed in.
   */
  relationDetails: boolean;
  /**
   * Relations' own values (`properties`); else none. Listing a relation's keys reads every one of
   * its properties: a hub's neighbourhood of 300 relations took about a quarter less time in Neo4j
   * without them and the quotes.
   */
  relationValues: boolean;
  /** Relations' evidence sentences, and the quotes placed in them; else none. */
  evidence: boolean;
  /**
   * The dates of the timeline's entries: the details of the entities that are entries themselves
   * (a dated entity's entry is dated by its start), whatever `entityDetails` says; a relation's
   * ends stay as brief as it says. Only the timeline reads it.
   */
  entryDates: boolean;
  /**
   * A list's total (its connection's `totalCount`); else the list is not counted and its total
   * reads as null. Counting the treaties of a million entities reads 40,000 index entries, more
   * than the page of 50 it goes with.
   */
  totals: boolean;
}

/** Everything: for callers that do not know what will be read. */
export const FULL_PROJECTION: Projection = {
  entityDetails: true,
  relationDetails: true,
  relationValues: true,
  evidence: true,
  entryDates: true,
  totals: true,
};
