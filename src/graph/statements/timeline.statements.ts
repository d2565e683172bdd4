/**
 * The timeline's statements and indexes. The timeline reads the `(:TimelineEntry)` nodes beside
 * every dated entity and relation (see timeline-entry.model.ts), through three indexes:
 *   - (timelineKey): what starts inside the range, of every lane, read in the timeline's order
 *     from the page's start and cut at $limit (one more than the page holds);
 *   - (lane, timelineKey): the same for chosen lanes (relation types, or ENTITY), one seek per
 *     lane, so that a rare type is not looked for among all the others;
 *   - (spanScale, timelineKey, spanTo): what started before the range and runs into it, for each
 *     span scale s (periods of at most 2^s days, see spanScale) a seek for those that start at most
 *     2^s days before the range, so that only periods long enough to reach it are read, each cut at
 *     $limit like the lanes (a century runs into every range inside it); the end is tested on the
 *     index entry.
 * The seeks are made one after another, each stopping at the last key of the page so far once it
 * is full (pageSeeks): forward, the scales whose periods start earliest first, what starts in the
 * range last (see CHAINED_SCALES). Neo4j plans the statement in about 0.35 s (0.2 s when the seeks
 * were one union), once.
 * Each seek names its index (with one lane asked for, Neo4j chose the lane's index for what runs
 * into the range too, and would read the lane's whole past for the longest scales) and orders by
 * the whole index prefix (lane or span scale, then key), equal within a seek: Neo4j 5.26 reads a
 * composite index in order only for an ORDER BY on its leading properties; ordered by the key
 * alone, it read all 1.1 million entries of the 1850s at a million entities and sorted them (4 s a
 * page). Then the page's entities are read by id, and its relations between their two ends,
 * both looked up by id before the relation is (in a subquery of its own), so that Neo4j expands
 * the end with fewer relations: left to itself, it expanded from one end, at times a hub's (388,000
 * relationships read for one page at a million entities). Each statement searches the entries'
 * indexes alone, and Neo4j plans it in about 0.35 s: the timeline over the relations themselves
 * needed a search per relation type (Neo4j indexes relationship properties per type only), 72
 * branches that took Neo4j 4 to 15 s to plan, again for every new combination of parameter types.
 */
import { entityColumns, generatedHeader, KNOWLEDGE_TYPES, relationList, STORED_TYPES } from './cypher-text';

const HEADER = generatedHeader('timeline.statements.ts');

export function timelineIndexesCypher(): string {
  const lines = [
    HEADER.trimEnd(),
    '// Indexes of the timeline entries (see src/graph/statements/timeline.statements.ts): their id, for',
    '// removing them with their relation; the timeline key, alone and per lane, for what starts in a',
    '// range; the timeline key per span scale with the end of the period (in the index, so that',
    '// periods that ended before a range are passed over without reading them), for what runs into it.',
    '// Idempotent: safe to run at every start. The indexes of earlier models, on the entities and',
    '// relations themselves, are dropped.',
    'CREATE CONSTRAINT timeline_entry_id IF NOT EXISTS FOR (t:TimelineEntry) REQUIRE t.id IS UNIQUE;',
    'CREATE INDEX timeline_entry_key IF NOT EXISTS FOR (t:TimelineEntry) ON (t.timelineKey);',
    'CREATE INDEX timeline_entry_lane_key IF NOT EXISTS FOR (t:TimelineEntry) ON (t.lane, t.timelineKey);',
    'CREATE INDEX timeline_entry_running IF NOT EXISTS FOR (t:TimelineEntry) ON (t.spanScale, t.timelineKey, t.spanTo);',
    ...DROPPED_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS;`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The per-type indexes of the timeline before it had entries of its own, and the entries' first
 * index of what runs into a range (by start, not in timeline order).
 */
const DROPPED_INDEXES = [
  'timeline_entry_reach',
  'entity_timeline_key',
  'entity_span_reach',
  'entity_span_from',
  'entity_span_scale',
  'entity_span_point',
  ...STORED_TYPES.flatMap((type) =>
    ['timeline_key', 'span_reach', 'span_from', 'span_scale', 'span_point'].map(
      (index) => `${index}_${type.toLowerCase()}`,
    ),
  ),
];

/** Which way a page runs: forward (first/after) in time order, backward (last/before) against it. */
export type PageDirection = 'forward' | 'backward';

/** Which lanes a page shows: every one (the timeline as a whole) or those of $lanes. */
export type TimelineLanes = 'every' | 'chosen';

/**
 * How many span scales get a seek of their own in a page's statement, the first of
 * $runningScales; the others are sought together, after them. Each seek of its own adds to the
 * time Neo4j takes to plan the statement: with all 23 scales, 0.55 s on a warm Neo4j and 3.5 s on
 * one just started, where the service's warm-up took 28-29 s instead of 20. The curated graph has
 * periods of 9 scales, the synthetic million 9 (one of them, a day, never runs into a range).
 */
export const CHAINED_SCALES = 8;

/**
 * The seeks of one page, one after another, from `WITH [] AS page` to `UNWIND page AS t`: the
 * entries the page holds, at most `limit`, in its direction (see timelineCypher), each entry `t`.
 * A seek for what starts inside the range ($seekFrom, $seekTo), per lane with `chosen` lanes, and
 * one per span scale for what runs into it ($runningScales, in the order given: forward, the
 * longest reach first; past CHAINED_SCALES, one seek for the rest). Each seek reads its index in
 * the page's order and stops at `limit` entries, or at the last key of the page as far as it is
 * known once the page is full: the centuries that run into a decade fill a forward page before a
 * seek of the years reads the previous year's periods, all of which ended before the range.
 * Seeking every scale at once, a first page of 1860-1869 at a million entities read 66,019 index
 * entries to keep 608, and 101 of those; in turn, 104: the centuries' seek fills the page, and
 * every later seek's range ends before it begins.
 */
function pageSeeks(direction: PageDirection, lanes: TimelineLanes, scope: string, limit: string): string {
  const forward = direction === 'forward';
  const way = forward ? '' : ' DESC';
  // The key within (from, to), and before the page's last key (after it, backward) once it is full.
  const keyWithin = (from: string, to: string) => `t.timelineKey > ${from} AND t.timelineKey < ${to}
    AND t.timelineKey ${forward ? '<' : '>'} CASE WHEN size(page) < ${limit} THEN ${forward ? to : from} ELSE page[-1].timelineKey END`;
  const step = (seek: string) => `CALL (page) {
${seek}
}
CALL (page, found) {
  UNWIND page + found AS t
  WITH t ORDER BY t.timelineKey${way} LIMIT ${limit}
  RETURN collect(t) AS merged
}
WITH merged AS page`;
  const starting = step(
    lanes === 'every'
      ? `  MATCH (t:TimelineEntry)
  USING INDEX SEEK t:TimelineEntry(timelineKey)
  WHERE ${keyWithin('$seekFrom', '$seekTo')}
    AND ${scope}
  WITH t ORDER BY t.timelineKey${way} LIMIT ${limit}
  RETURN collect(t) AS found`
      : `  UNWIND $lanes AS lane
  CALL (lane, page) {
    MATCH (t:TimelineEntry)
    USING INDEX SEEK t:TimelineEntry(lane, timelineKey)
    WHERE t.lane = lane AND ${keyWithin('$seekFrom', '$seekTo')}
      AND ${scope}
    RETURN t ORDER BY t.lane${way}, t.timelineKey${way} LIMIT ${limit}
  }
  RETURN collect(t) AS found`,
  );
  const runningWhere = (
    scale: string,
  ) => `t.spanScale = ${scale}.scale AND ${keyWithin(`${scale}.seekFrom`, `${scale}.seekTo`)}
    AND t.spanTo >= $from${lanes === 'every' ? '' : ' AND t.lane IN $lanes'} AND ${scope}`;
  const chained = Array.from({ length: CHAINED_SCALES }, (_, index) =>
    step(`  MATCH (t:TimelineEntry)
  USING INDEX SEEK t:TimelineEntry(spanScale, timelineKey, spanTo)
  WHERE ${runningWhere(`$runningScales[${index}]`)}
  WITH t ORDER BY t.spanScale${way}, t.timelineKey${way} LIMIT ${limit}
  RETURN collect(t) AS found`),
  );
  const rest = step(`  UNWIND $runningScales[${CHAINED_SCALES}..] AS running
  CALL (running, page) {
    MATCH (t:TimelineEntry)
    USING INDEX SEEK t:TimelineEntry(spanScale, timelineKey, spanTo)
    WHERE ${runningWhere('running')}
    RETURN t ORDER BY t.spanScale${way}, t.timelineKey${way} LIMIT ${limit}
  }
  RETURN collect(t) AS found`);
  // Forward, what runs into the range comes before what starts in it; backward, after.
  const steps = forward ? [...chained, rest, starting] : [starting, ...chained, rest];
  return `WITH [] AS page
${steps.join('\n')}
UNWIND page AS t`;
}

/**
 * graph/timeline, graph/timeline-backward (every lane), graph/timeline-of-lanes and
 * graph/timeline-of-lanes-backward: one page of the timeline. The indexes are sought (USING INDEX
 * SEEK), never scanned: on a small graph, and depending on what the rest of the statement
 * projects, Neo4j chose to scan the running index whole (timeline-plans.test.ts saw it).
 */
export function timelineCypher(direction: PageDirection, lanes: TimelineLanes): string {
  const way = direction === 'forward' ? '' : ' DESC';
  const scope = "($includeSuggested OR NOT t.suggested) AND coalesce(t.assertion, 'FACT') IN $assertions";
  return `${HEADER}// One page of the timeline, ${direction === 'forward' ? 'in time order (first/after)' : 'against time order (last/before), newest first'}: the timeline entries
// ${lanes === 'every' ? 'of every lane' : 'of the lanes $lanes (relation types, ENTITY for dated entities)'} whose period overlaps [$from, $to] (ISO days),
// suggested ones only with $includeSuggested, claims, plans and beliefs only as $assertions asks,
// in the order of their timeline key (start, coarse precision before fine, id), $limit of them
// (the page's size plus one). $seekFrom and $seekTo bound the key by the range and the page
// (its cursors) together; $runningScales, per span scale, by the page and the days before $from
// a period of that scale can start on and still run into the range. The seeks are made in turn,
// each bounded by the page as far as it is known (see pageSeeks in the statement's source). Then
// each entry's entity or relation, as much of it as $entityDetails, $relationDetails and
// $evidence ask (Projection in the storage model), an entry's entity whole with $entryDates (its
// dates are among its details), with its key.
${pageSeeks(direction, lanes, scope, '$limit')}
CALL (t) {
  MATCH (e:Entity {id: t.id})
  WHERE t.kind = 'ENTITY'
  RETURN ${entityColumns('e', '$entityDetails OR $entryDates')} AS entity, null AS relation
  UNION ALL
  MATCH (s:Entity {id: t.sourceId}), (o:Entity {id: t.targetId})
  WHERE t.kind = 'RELATION'
  CALL (s, o, t) {
    MATCH (s)-[r:${KNOWLEDGE_TYPES}]->(o)
    WHERE r.id = t.id
    RETURN r
  }
  RETURN null AS entity, ${relationList('r', entityColumns('s'), entityColumns('o'))} AS relation
}
RETURN entity, relation, t.timelineKey AS key
ORDER BY key${way}
`;
}

/**
 * bench/neo4j-graphql-timeline: one page of the timeline of every lane for the benchmark's
 * `@cypher` field of @neo4j/graphql (bench/serve-neo4j-graphql.ts), found as graph/timeline finds
 * it (the same seeks in turn), facts only, $first entries; each entry as one map with its entity,
 * or its relation with the relation's evidence.
 */
export function neo4jGraphqlTimelineCypher(): string {
  return `${HEADER}// One page of the timeline of every lane, found as graph/timeline finds it (the same statement
// shape): timeline entries in the range through the (timelineKey) index, and those that began
// before the range and run into it through the (spanScale, timelineKey, spanTo) index, each seek
// in timeline order and in turn, bounded by the page so far, facts only; then each entry's
// entity, or its relation found between its two ends, with the relation's evidence.
${pageSeeks('forward', 'every', "NOT t.suggested AND coalesce(t.assertion, 'FACT') = 'FACT'", '$first')}
OPTIONAL MATCH (e:Entity {id: t.id}) WHERE t.kind = 'ENTITY'
OPTIONAL MATCH (s:Entity {id: t.sourceId}), (o:Entity {id: t.targetId}) WHERE t.kind = 'RELATION'
OPTIONAL CALL (s, o, t) {
  MATCH (s)-[r]->(o) WHERE r.id = t.id
  RETURN r
}
RETURN {
  id: t.id, kind: t.kind,
  entity: CASE WHEN e IS NULL THEN null ELSE e {.id, .name, .type} END,
  relation: CASE WHEN r IS NULL THEN null ELSE {
    id: r.id, type: type(r), source: s {.id, .name, .type}, target: o {.id, .name, .type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
  } END
} AS entry
`;
}
