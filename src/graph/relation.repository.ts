import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import {
  FULL_PROJECTION,
  toEntityFromColumns,
  toNumber,
  toRelation,
  type EntityRecord,
  type EvidenceRecord,
  type Projection,
  type RelationRecord,
} from './graph-records';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  types: readonly RelationType[] | null;
  direction: Direction;
  /** Also the suggested relations drawn from ingested documents, not yet reviewed. */
  includeSuggested: boolean;
  offset: number;
  limit: number;
}

export interface RelationPage {
  total: number;
  relations: RelationRecord[];
}

/** One page of an entity's relations, with the entity. */
export interface EntityRelationPage extends RelationPage {
  entity: EntityRecord;
}

/** The relations and mentions of many entities at once: one statement per call, whatever the count. */
export class RelationRepository {
  constructor(private readonly queries: QueryRunner) {}

  /** For each known id: the entity (whole) and one page of its relations, projected as asked. */
  async ofEntities(
    ids: readonly string[],
    filter: RelationFilter,
    projection: Projection = FULL_PROJECTION,
  ): Promise<Map<string, EntityRelationPage>> {
    const rows = await this.queries.read<{
      id: string;
      entity: unknown[];
      total: unknown;
      relations: unknown[][];
    }>('graph/entity-relations', {
      ids: [...ids],
      types: filter.types,
      direction: filter.direction,
      includeSuggested: filter.includeSuggested,
      offset: neo4j.int(filter.offset),
      limit: neo4j.int(filter.limit),
      ...projection,
    });
    return new Map(
      rows.map((row) => [
        row.id,
        {
          entity: toEntityFromColumns(row.entity),
          total: toNumber(row.total),
          relations: row.relations.map((relation) => toRelation(relation)),
        },
      ]),
    );
  }

  async mentionsOf(ids: readonly string[], limit: number): Promise<Map<string, EvidenceRecord[]>> {
    const rows = await this.queries.read<{ id: string; mentions: Record<string, unknown>[] }>('graph/entity-mentions', {
      ids: [...ids],
      limit: neo4j.int(limit),
    });
    return new Map(
      rows.map((row) => [
        row.id,
        row.mentions.map((mention) => ({
          documentId: String(mention.documentId),
          sentenceIndex: toNumber(mention.sentenceIndex),
          sentence: String(mention.sentence),
          quote: typeof mention.quote === 'string' ? mention.quote : null,
        })),
      ]),
    );
  }
}
