import neo4j from 'neo4j-driver';
import { dayNumber, isoDay, MAX_SPAN_SCALE } from '../domain/historical-date';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import {
  FULL_PROJECTION,
  toEntityFromColumns,
  toRelation,
  type EntityRecord,
  type Projection,
  type RelationRecord,
} from './graph-records';

export type TimelineRecord = { entity: EntityRecord; relation: null } | { entity: null; relation: RelationRecord };

/** The first day a date can name. */
const EARLIEST_DAY = dayNumber('0000-01-01');

/**
 * Where periods that start before `from` and run into it can start, by span scale: a period of
 * scale s starts at most 2^s days before any day it covers. None without a lower bound.
 */
function runningInto(from: string | null): { scale: number; from: string }[] {
  if (from === null) return [];
  const day = dayNumber(from);
  return Array.from({ length: MAX_SPAN_SCALE + 1 }, (_, scale) => ({
    // A float, as the loaders write spanScale (JavaScript numbers).
    scale,
    from: isoDay(Math.max(EARLIEST_DAY, day - 2 ** scale)),
  }));
}

/** The parameters of graph/timeline.cypher. */
export function timelineParameters(
  from: string | null,
  to: string | null,
  types: readonly RelationType[] | null,
  first: number,
  includeSuggested: boolean,
  projection: Projection = FULL_PROJECTION,
) {
  return {
    // Open ends become the widest days; nothing starts before the first, so nothing runs into it.
    from: from ?? '0000-01-01',
    to: to ?? '9999-12-31',
    runningScales: runningInto(from),
    types,
    first: neo4j.int(first),
    includeSuggested,
    ...projection,
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
    projection: Projection = FULL_PROJECTION,
  ): Promise<TimelineRecord[]> {
    const rows = await this.queries.read<{
      entity: unknown[] | null;
      relation: unknown[] | null;
    }>('graph/timeline', timelineParameters(from, to, types, first, includeSuggested, projection));
    return rows.map((row) =>
      row.entity
        ? { entity: toEntityFromColumns(row.entity), relation: null }
        : { entity: null, relation: toRelation(row.relation!) },
    );
  }
}
