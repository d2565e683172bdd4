import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './graph-records';

export type TimelineRecord = { entity: EntityRecord; relation: null } | { entity: null; relation: RelationRecord };

/** Dated entities and relations in time order. */
export class TimelineRepository {
  constructor(private readonly queries: QueryRunner) {}

  /** `from` and `to` are ISO days (the first and last day of the range) or null for open ends. */
  async entries(
    from: string | null,
    to: string | null,
    types: readonly RelationType[] | null,
    first: number,
    includeSuggested = false,
  ): Promise<TimelineRecord[]> {
    const rows = await this.queries.read<{
      entity: Record<string, unknown> | null;
      relation: Record<string, unknown> | null;
    }>('graph/timeline', { from, to, types, first: neo4j.int(first), includeSuggested });
    return rows.map((row) =>
      row.entity
        ? { entity: toEntity(row.entity), relation: null }
        : { entity: null, relation: toRelation(row.relation!) },
    );
  }
}
