import neo4j from 'neo4j-driver';
import type { EntityType, RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { toNumber, type EvidenceRecord } from './graph-records';

export type SuggestionKind = 'ENTITY' | 'RELATION';
export type SuggestionStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface SuggestionRecord {
  id: string;
  documentId: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  confidence: number;
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

  async byId(id: string): Promise<SuggestionRecord | null> {
    const [row] = await this.queries.read<{ suggestion: Row; sentence: unknown }>('documents/suggestions-by-id', {
      ids: [id],
    });
    return row ? toSuggestion(row.suggestion, row.sentence) : null;
  }
}
