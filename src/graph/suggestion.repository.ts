import neo4j from 'neo4j-driver';
import type { HistoricalDate } from '../domain/historical-date';
import type { EntityType, RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { RELINK_RELATION_STATEMENTS } from './curation.repository';
import {
  encodeEntity,
  encodeReview,
  toDate,
  toNumber,
  type EntityInput,
  type EntityProvenance,
  type EvidenceRecord,
  type SuggestionCorrection,
  type SuggestionStatus,
} from './model';

export type SuggestionKind = 'ENTITY' | 'RELATION';
export type { SuggestionStatus };

/** A decision to write: for an accepted entity suggestion, the entity it becomes. */
export interface ReviewWrite {
  suggestionId: string;
  status: Exclude<SuggestionStatus, 'PENDING'>;
  reviewedBy: string;
  reviewedAt: string;
  note: string | null;
  /** ACCEPTED kind RELATION: what the reviewer changed first. */
  correction?: SuggestionCorrection;
  /** ACCEPTED kind ENTITY: the new entity; ACCEPTED kind RELATION: the document to draw its relation for. */
  accepted?: { entity: EntityInput; provenance: EntityProvenance; ofDocument: string } | { relationOfDocument: string };
}

/** Why a review could not be written; the transaction is rolled back. */
export type ReviewOutcome = 'written' | 'no-longer-pending' | 'ends-missing';
export interface SuggestionRecord {
  id: string;
  documentId: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  confidence: number;
  /** The rule that proposed it (none for suggestions stored before rules were recorded). */
  rule: string | null;
  /** The date the sentence gives what it proposes. */
  date: HistoricalDate | null;
  name: string | null;
  entityType: EntityType | null;
  relationType: RelationType | null;
  sourceId: string | null;
  targetId: string | null;
  sourceName: string | null;
  targetName: string | null;
  evidence: EvidenceRecord;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  /** What the reviewer corrected before accepting (empty when nothing). */
  corrections: string[];
  /** For an accepted entity suggestion: the id of the entity it became. */
  acceptedAs: string | null;
}

type Row = Record<string, unknown>;

function text(row: Row, key: string): string | null {
  return typeof row[key] === 'string' ? row[key] : null;
}

function toSuggestion(row: Row, sentence: unknown): SuggestionRecord {
  return {
    id: String(row.id),
    documentId: String(row.documentId),
    kind: row.kind as SuggestionKind,
    status: row.status as SuggestionStatus,
    confidence: Number(row.confidence),
    rule: text(row, 'rule'),
    date: toDate(row, 'start'),
    name: text(row, 'name'),
    entityType: text(row, 'entityType') as EntityType | null,
    relationType: text(row, 'relationType') as RelationType | null,
    sourceId: text(row, 'sourceId'),
    targetId: text(row, 'targetId'),
    sourceName: text(row, 'sourceName'),
    targetName: text(row, 'targetName'),
    evidence: {
      documentId: String(row.documentId),
      sentenceIndex: toNumber(row.sentenceIndex),
      sentence: typeof sentence === 'string' ? sentence : '',
      quote: text(row, 'quote'),
    },
    reviewedBy: text(row, 'reviewedBy'),
    reviewedAt: text(row, 'reviewedAt'),
    reviewNote: text(row, 'reviewNote'),
    corrections: Array.isArray(row.corrections) ? row.corrections.map(String) : [],
    acceptedAs: text(row, 'acceptedAs'),
  };
}

/** Suggestions drawn from ingested documents: stored apart from curated facts. */
export class SuggestionRepository {
  constructor(private readonly queries: QueryRunner) {}

  async list(documentId: string | null, status: SuggestionStatus | null, limit: number): Promise<SuggestionRecord[]> {
    const rows = await this.queries.read<{ suggestion: Row; sentence: unknown }>('documents/suggestions', {
      documentId,
      status,
      limit: neo4j.int(limit),
    });
    return rows.map((row) => toSuggestion(row.suggestion, row.sentence));
  }

  async byIds(ids: readonly string[]): Promise<Map<string, SuggestionRecord>> {
    const rows = await this.queries.read<{ suggestion: Row; sentence: unknown }>('documents/suggestions-by-id', {
      ids: [...ids],
    });
    return new Map(rows.map((row) => toSuggestion(row.suggestion, row.sentence)).map((x) => [x.id, x]));
  }

  /** The keys of every suggestion a person has accepted or rejected: they are not suggested again. */
  async reviewedKeys(): Promise<Set<string>> {
    const [row] = await this.queries.read<{ keys: string[] }>('documents/reviewed-suggestion-keys');
    return new Set(row?.keys ?? []);
  }

  /** An id no entity or document has: `base`, or `base-2`, `base-3`, ... */
  async freeEntityId(base: string): Promise<string> {
    const [row] = await this.queries.read<{ ids: string[] }>('documents/entity-ids-like', { id: base });
    const taken = new Set(row?.ids ?? []);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /**
   * Writes a person's decision in one transaction: the suggestion records it, its SUGGESTED
   * relationship goes, and an accepted one becomes a curated entity (with its mentions, and the
   * relation suggestions that named it now pointing to it) or relation; the graph's version is
   * raised. Nothing is written unless all of it is.
   */
  async review(review: ReviewWrite): Promise<ReviewOutcome> {
    return this.queries
      .write(async (tx) => {
        const recorded = await tx.run('documents/record-review', {
          id: review.suggestionId,
          review: encodeReview({
            status: review.status,
            reviewedBy: review.reviewedBy,
            reviewedAt: review.reviewedAt,
            note: review.note,
            ...(review.correction && { correction: review.correction }),
          }),
        });
        if (recorded.length === 0) return 'no-longer-pending';
        await tx.run('documents/delete-suggested-relation', { id: review.suggestionId });
        await tx.run('generated/system/bump-graph-version');
        const accepted = review.accepted;
        if (accepted === undefined) return 'written';
        if ('entity' in accepted) {
          await tx.run('ingest/create-entities', { entities: [encodeEntity(accepted.entity, accepted.provenance)] });
          await tx.run('generated/documents/link-accepted-entity', {
            suggestionId: review.suggestionId,
            entityId: accepted.entity.id,
          });
          // Its occurrences, all in its document, become mentions; relation suggestions of any
          // document that named it may now have both ends.
          await tx.run('generated/documents/relink-mentions', { documentId: accepted.ofDocument });
          for (const [name] of RELINK_RELATION_STATEMENTS) await tx.run(name, { documentId: null });
          return 'written';
        }
        const [row] = await tx.run<{ relations: unknown }>('generated/documents/relink-accepted-relations', {
          documentId: accepted.relationOfDocument,
        });
        if (toNumber(row?.relations ?? 0) < 1) throw new EndsMissing();
        return 'written';
      })
      .catch((error: unknown) => {
        if (error instanceof EndsMissing) return 'ends-missing' as const;
        throw error;
      });
  }

  async byId(id: string): Promise<SuggestionRecord | null> {
    const [row] = await this.queries.read<{ suggestion: Row; sentence: unknown }>('documents/suggestions-by-id', {
      ids: [id],
    });
    return row ? toSuggestion(row.suggestion, row.sentence) : null;
  }
}

/** Thrown inside the review's transaction to roll it back when an accepted relation has lost an end. */
class EndsMissing extends Error {}
