import { DEFAULT_SCOPE, type RelationScope } from '../domain/assertion';
import { dayNumber, isoDay, MAX_SPAN_SCALE } from '../domain/historical-date';
import { RELATION_TYPE_NAMES, type RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import {
  ENTITY_LANE,
  FULL_PROJECTION,
  toEntityFromColumns,
  toRelation,
  type EntityRecord,
  type Projection,
  type RelationRecord,
} from './model';
import { firstPage, keysetParameters, type Keyed, type PageRequest } from './keyset-page';

export type TimelineRecord = { entity: EntityRecord; relation: null } | { entity: null; relation: RelationRecord };

/** The first day a date can name. */
const EARLIEST_DAY = dayNumber('0000-01-01');

/**
 * Below and above every timeline key (see timelineKey in the storage model). Neo4j plans a
 * statement anew for each new combination of parameter types and sizes (strings by length: 2-10,
 * 11-100, ... characters, as measured on 5.26), and the timeline's plan takes seconds; so every
 * bound is 11 to 100 characters long, as the keys of cursors are.
 */
const BEFORE_ALL = '0000-00-00|';
const AFTER_ALL = '9999-99-99|~';

/**
 * The longest period of each span scale in the graph, in days (spanTo - spanFrom): a scale with no
 * period is not in it.
 */
export type LongestSpans = ReadonlyMap<number, number>;

/**
 * Where periods that start before `from` and run into it can start, by span scale, as bounds of
 * the timeline key within the page's: a period of scale s starts at most 2^s days before any day
 * it covers, or, where the longest period of each scale is known, at most that long before.
 * Without a range, or for a scale no period has, a seek that finds nothing: Neo4j plans a statement
 * anew for each new combination of parameter types and list sizes, and the timeline's plan takes
 * seconds, so there is an element for every scale. In the order the statement seeks them, each
 * bounded by the page so far: forward, the earliest start first (the longest reach, whose periods
 * come first in the page); backward, the latest; the seeks that find nothing last.
 */
function runningInto(
  from: string | null,
  afterKey: string,
  beforeKey: string,
  longest: LongestSpans | null,
  backward: boolean,
): { scale: number; seekFrom: string; seekTo: string }[] {
  const day = from === null ? null : dayNumber(from);
  const seeks = Array.from({ length: MAX_SPAN_SCALE + 1 }, (_, scale) => {
    const reach = longest === null ? 2 ** scale : longest.get(scale);
    if (day === null || reach === undefined) return { scale: -1, seekFrom: AFTER_ALL, seekTo: BEFORE_ALL };
    // A key "<day>|..." is above "<day>|": the earliest start, and the range's first day, excluded.
    const earliest = `${isoDay(Math.max(EARLIEST_DAY, day - reach))}|`;
    const first = `${from}|`;
    return {
      // A float, as the loaders write spanScale (JavaScript numbers).
      scale,
      seekFrom: afterKey > earliest ? afterKey : earliest,
      seekTo: beforeKey < first ? beforeKey : first,
    };
  });
  const starts = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) * (backward ? -1 : 1);
  return seeks.sort((a, b) => Number(a.scale < 0) - Number(b.scale < 0) || starts(a.seekFrom, b.seekFrom));
}

/**
 * The parameters of the timeline's statements (see timelineStatement): the range, the page (its
 * keys are timeline keys) and both together as the bounds of the index seeks; with the longest
 * period of each scale (read at the graph's version now), the seeks for periods running into the
 * range start no earlier than one of them could.
 */
export function timelineParameters(
  from: string | null,
  to: string | null,
  types: readonly RelationType[] | null,
  page: PageRequest,
  { includeSuggested, assertions }: RelationScope,
  projection: Projection = FULL_PROJECTION,
  longest: LongestSpans | null = null,
) {
  const afterKey = (page.after?.[0] as string | undefined) ?? BEFORE_ALL;
  const beforeKey = (page.before?.[0] as string | undefined) ?? AFTER_ALL;
  // A key "<day>|..." is above "<day>|" and below "<day>|~" ("~" sorts after the digits).
  const rangeFrom = from === null ? BEFORE_ALL : `${from}|`;
  const rangeTo = to === null ? AFTER_ALL : `${to}|~`;
  const { backward, limit } = keysetParameters(page);
  return {
    from: from ?? '0000-01-01',
    seekFrom: afterKey > rangeFrom ? afterKey : rangeFrom,
    seekTo: beforeKey < rangeTo ? beforeKey : rangeTo,
    runningScales: runningInto(from, afterKey, beforeKey, longest, backward),
    // Every relation type and the dated entities, or only the types asked for.
    lanes: types === null ? [...RELATION_TYPE_NAMES, ENTITY_LANE] : [...types],
    includeSuggested,
    assertions,
    backward,
    limit,
    ...projection,
  };
}

/** The statement of a page: of every lane (no types asked for) or of some, in the page's direction. */
export function timelineStatement(types: readonly RelationType[] | null, page: PageRequest): string {
  return `generated/graph/timeline${types === null ? '' : '-of-lanes'}${page.direction === 'forward' ? '' : '-backward'}`;
}

/** Reading every timeline entry takes seconds at a million entities: more than a request may. */
const LONGEST_SPANS_TIMEOUT_MS = 120_000;

/** Reads the longest period of each span scale: every timeline entry, seconds at a million entities. */
export async function readLongestSpans(queries: QueryRunner): Promise<LongestSpans> {
  const rows = await queries.read<{ scale: unknown; longest: unknown }>(
    'graph/timeline-longest-spans',
    {},
    { timeoutMs: LONGEST_SPANS_TIMEOUT_MS },
  );
  return new Map(rows.map((row) => [Number(row.scale), Number(row.longest)]));
}

/** How often, at most, the longest spans are read again after the graph changed. */
const LONGEST_SPANS_EVERY_MS = 60_000;

/**
 * The longest period of each span scale, as read at one version of the graph and used only while
 * the graph is at that version. Reading them takes seconds on a large graph, so after the graph
 * changed they are read again in the background, one read at a time and at most every
 * LONGEST_SPANS_EVERY_MS; meanwhile pages look 2^scale days back, as without them.
 */
class LongestSpansByVersion {
  private known: { version: string; longest: LongestSpans } | undefined;
  private reading: Promise<void> | undefined;
  private lastReadAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly queries: QueryRunner,
    private readonly graphVersion: { readonly value: string | null },
    private readonly everyMs = LONGEST_SPANS_EVERY_MS,
  ) {}

  /** The spans read at the graph's version now, or null (then a read may begin in the background). */
  now(): LongestSpans | null {
    const version = this.graphVersion.value;
    if (version === null) return null;
    if (this.known?.version === version) return this.known.longest;
    if (!this.reading && performance.now() - this.lastReadAt >= this.everyMs) void this.read();
    return null;
  }

  /**
   * Reads them at the graph's version now (the one read before the entries: a write meanwhile
   * changes the version, and they are not used). A failure leaves the 2^scale bounds in use.
   */
  read(): Promise<void> {
    this.reading ??= (async () => {
      this.lastReadAt = performance.now();
      const version = this.graphVersion.value;
      try {
        const longest = await readLongestSpans(this.queries);
        if (version !== null) this.known = { version, longest };
      } catch {
        // Neo4j away or slow: the pages keep their wider bounds, and a later page tries again.
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }
}

/** Dated entities and relations in time order. */
export class TimelineRepository {
  private readonly longestSpans: LongestSpansByVersion;

  constructor(
    private readonly queries: QueryRunner,
    graphVersion: { readonly value: string | null },
  ) {
    this.longestSpans = new LongestSpansByVersion(queries, graphVersion);
  }

  /**
   * Has Neo4j plan the four timeline statements (every lane or some, forward and backward) before a
   * user asks: at start, and whenever the connection to Neo4j comes back (a restarted Neo4j has no
   * plans). About 0.35 s each (CHAINED_SCALES in timeline.statements.ts says why). First the
   * longest span of each scale, unless known at the graph's version: the first pages use them.
   * Reading them beside the planning gained nothing at a million entities (37.5 against 35.0 s of
   * warm-up, one start each): both are Neo4j's CPU.
   */
  async plan(): Promise<void> {
    if (this.longestSpans.now() === null) await this.longestSpans.read();
    await Promise.all(
      [null, ['SIGNED'] as const].flatMap((types) =>
        (['forward', 'backward'] as const).map((direction) =>
          this.entries('1858-01-01', '1858-12-31', types, { ...firstPage(1), direction }),
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
    scope: RelationScope = DEFAULT_SCOPE,
    projection: Projection = FULL_PROJECTION,
  ): Promise<Keyed<TimelineRecord>[]> {
    const rows = await this.queries.read<{ entity: unknown[] | null; relation: unknown[] | null; key: string }>(
      timelineStatement(types, page),
      timelineParameters(from, to, types, page, scope, projection, this.longestSpans.now()),
    );
    return rows.map((row) => ({
      item: row.entity
        ? { entity: toEntityFromColumns(row.entity), relation: null }
        : { entity: null, relation: toRelation(row.relation!) },
      key: [row.key],
    }));
  }
}
