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
import { firstPage, keysetParameters, toSortKey, type Keyed, type PageRequest, type SortKey } from './keyset-page';

export type TimelineRecord = { entity: EntityRecord; relation: null } | { entity: null; relation: RelationRecord };

/** The first day a date can name. */
const EARLIEST_DAY = dayNumber('0000-01-01');

/** The widest days, for open ends: nothing starts before the first, nothing after the last. */
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

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

/** A timeline key [spanFrom, startPrecisionRank, id] as the statements compare it: "1858-05-28|4|<id>". */
export function timelineKey([spanFrom, rank, id]: SortKey): string {
  return `${String(spanFrom)}|${Math.trunc(Number(rank))}|${String(id)}`;
}

/**
 * The parameters of graph/timeline.cypher and graph/timeline-backward.cypher: the range, the page
 * (keys [spanFrom, startPrecisionRank, id]) and the page's bounds on spanFrom alone, so that the
 * index seeks start and stop at the page.
 */
export function timelineParameters(
  from: string | null,
  to: string | null,
  types: readonly RelationType[] | null,
  page: PageRequest,
  includeSuggested: boolean,
  projection: Projection = FULL_PROJECTION,
) {
  const rangeFrom = from ?? FIRST_DAY;
  const rangeTo = to ?? LAST_DAY;
  const afterFrom = (page.after?.[0] as string | undefined) ?? FIRST_DAY;
  const beforeFrom = (page.before?.[0] as string | undefined) ?? LAST_DAY;
  const { after, before, ...keyset } = keysetParameters(page);
  return {
    from: rangeFrom,
    to: rangeTo,
    seekFrom: afterFrom > rangeFrom ? afterFrom : rangeFrom,
    seekTo: beforeFrom < rangeTo ? beforeFrom : rangeTo,
    afterFrom,
    beforeFrom,
    runningScales: runningInto(from),
    types,
    includeSuggested,
    // The key as one string (see keyBounds in generated-cypher.ts); open ends sort before and
    // after every key.
    afterKey: after === null ? '' : timelineKey(after),
    beforeKey: before === null ? '\uffff' : timelineKey(before),
    ...keyset,
    ...projection,
  };
}

/** How long Neo4j may take to plan the timeline's statements: seconds each, for their 72 branches. */
const PLANNING_TIMEOUT_MS = 120_000;

/** Dated entities and relations in time order. */
export class TimelineRepository {
  constructor(private readonly queries: QueryRunner) {}

  /**
   * Has Neo4j plan both timeline statements (forward and backward), at the same time, so that no
   * user waits for it: about 9 s each on a 2-core machine, and cached by Neo4j afterwards.
   */
  async plan(): Promise<void> {
    await Promise.all(
      (['forward', 'backward'] as const).map((direction) =>
        this.queries.read(
          direction === 'forward' ? 'graph/timeline' : 'graph/timeline-backward',
          timelineParameters('1858-01-01', '1858-12-31', null, { ...firstPage(1), direction }, false),
          { timeoutMs: PLANNING_TIMEOUT_MS },
        ),
      ),
    );
  }

  /**
   * One page of the entries whose period overlaps [from, to] (ISO days, null for open ends), in
   * the order (start, precision, id), as fetched (see PageRequest).
   */
  async entries(
    from: string | null,
    to: string | null,
    types: readonly RelationType[] | null,
    page: PageRequest = firstPage(100),
    includeSuggested = false,
    projection: Projection = FULL_PROJECTION,
  ): Promise<Keyed<TimelineRecord>[]> {
    const rows = await this.queries.read<{ entity: unknown[] | null; relation: unknown[] | null; key: unknown[] }>(
      page.direction === 'forward' ? 'graph/timeline' : 'graph/timeline-backward',
      timelineParameters(from, to, types, page, includeSuggested, projection),
    );
    return rows.map((row) => ({
      item: row.entity
        ? { entity: toEntityFromColumns(row.entity), relation: null }
        : { entity: null, relation: toRelation(row.relation!) },
      key: toSortKey(row.key),
    }));
  }
}
