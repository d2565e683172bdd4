import type { AssertionKind, Verdict } from '../domain/assertion';
import type { HistoricalDate } from '../domain/historical-date';
import type { Label } from '../domain/label';
import type { Location } from '../domain/location';
import type { EntityType, RelationType } from '../domain/ontology';
import type { Sentence } from '../nlp/segment-sentences';
import type { CorpusDocument } from './corpus-document';

/** A quote of the evidence, placed in its document. */
export interface EvidenceSpan {
  quote: string;
  documentId: string;
  /** Offsets of the quote in the document text. */
  start: number;
  end: number;
  /** The sentences the quote overlaps (usually one). */
  sentenceIndexes: number[];
}

export interface CuratedEntity {
  id: string;
  type: EntityType;
  name: string;
  germanName: string | null;
  aliases: string[];
  description: string;
  /** Its names in every language and script, given and derived (nlp/entity-labels.ts). */
  labels: Label[];
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  wikidata: string | null;
  location: Location | null;
  bounds: string | null;
}

export interface CuratedRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  inferred: boolean;
  reason: string | null;
  /** Type-specific values: treaty and recipient for CEDED, office for HELD_OFFICE, how for OPPOSED, ... */
  properties: Record<string, string>;
  evidence: EvidenceSpan[];
  /** Null for a fact the text states. */
  assertion: CuratedAssertion | null;
}

/** A claim, plan or belief: whose, and what the text says of it, with the quotes that say so. */
export interface CuratedAssertion {
  kind: Exclude<AssertionKind, 'FACT'>;
  claimedBy: string | null;
  verdict: Verdict;
  verdictEvidence: EvidenceSpan[];
}

export interface Mention {
  entityId: string;
  documentId: string;
  sentenceIndex: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface CuratedDocument extends CorpusDocument {
  sentences: Sentence[];
}

/** Everything the loader writes: validated, with evidence and mentions resolved to sentences. */
export interface CuratedGraph {
  documents: CuratedDocument[];
  entities: CuratedEntity[];
  relations: CuratedRelation[];
  mentions: Mention[];
}
