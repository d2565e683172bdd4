import neo4j, { type Point } from 'neo4j-driver';
import { dayNumber } from '../domain/historical-date';
import { CARTESIAN_2D } from '../ingest/load-curated-graph';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './graph-records';

export type TimelineRecord = { entity: EntityRecord; relation: null } | { entity: null; relation: RelationRecord };

/** Far beyond any day number the graph holds. */
const FAR = 10_000_000;

/**
 * The box of the points (first day, last day) of periods that start before `from` and end on it
 * or later; an empty box without a lower bound.
 */
function runningInto(from: string | null): { runningLow: Point<number>; runningHigh: Point<number> } {
  if (from === null) {
    const nowhere = new neo4j.types.Point(CARTESIAN_2D, FAR, FAR);
    return { runningLow: nowhere, runningHigh: nowhere };
  }
  const day = dayNumber(from);
  return {
    runningLow: new neo4j.types.Point(CARTESIAN_2D, -FAR, day),
    runningHigh: new neo4j.types.Point(CARTESIAN_2D, day - 1, FAR),
  };
}

/** The parameters of graph/timeline.cypher. */
export function timelineParameters(
  from: string | null,
  to: string | null,
  types: readonly RelationType[] | null,
  first: number,
  includeSuggested: boolean,
) {
  return {
    // Open ends become the widest days; nothing starts before the first, so nothing runs into it.
    from: from ?? '0000-01-01',
    to: to ?? '9999-12-31',
    ...runningInto(from),
    types,
    first: neo4j.int(first),
    includeSuggested,
  };
}

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
    }>('graph/timeline', timelineParameters(from, to, types, first, includeSuggested));
    return rows.map((row) =>
      row.entity
        ? { entity: toEntity(row.entity), relation: null }
        : { entity: null, relation: toRelation(row.relation!) },
    );
  }
}
