/**
 * The timeline's statements and indexes. The timeline reads the `(:TimelineEntry)` nodes beside
 * every dated entity and relation (see timeline-entry.model.ts), through two indexes:
 *   - (lane, timelineKey): what starts inside the range, one seek per lane (relation type, or
 *     ENTITY), each read in the timeline's order from the page's start and cut at $limit (one
 *     more than the page holds);
 *   - (spanScale, spanFrom, spanTo): what started before the range and runs into it, for each span
 *     scale s (periods of at most 2^s days, see spanScale) a seek for those that start at most 2^s
 *     days before the range, so that only periods long enough to reach it are read; the end is
 *     tested on the index entry.
 * Then the page's entities and relations are read by id. One statement per paging direction, each
 * with a single search Neo4j plans in milliseconds: the timeline over the relations themselves
 * needed a search per relation type (Neo4j indexes relationship properties per type only), 72
 * branches that took Neo4j 4 to 15 s to plan, again for every new combination of parameter types.
 */
import { entityColumns, generatedHeader, KNOWLEDGE_TYPES, relationList, STORED_TYPES } from './cypher-text';

const HEADER = generatedHeader('timeline.statements.ts');

export function timelineIndexesCypher(): string {
  const lines = [
    HEADER.trimEnd(),
    '// Indexes of the timeline entries (see src/graph/statements/timeline.statements.ts): their id, for',
    '// removing them with their relation; the timeline key per lane, for what starts in a range; the',
    '// span scale with the start and end of the period (the end in the index, so that periods that',
    '// ended before a range are passed over without reading them), for what runs into it.',
    '// Idempotent: safe to run at every start. The indexes of earlier models, on the entities and',
    '// relations themselves, are dropped.',
    'CREATE CONSTRAINT timeline_entry_id IF NOT EXISTS FOR (t:TimelineEntry) REQUIRE t.id IS UNIQUE;',
    'CREATE INDEX timeline_entry_lane_key IF NOT EXISTS FOR (t:TimelineEntry) ON (t.lane, t.timelineKey);',
    'CREATE INDEX timeline_entry_reach IF NOT EXISTS FOR (t:TimelineEntry) ON (t.spanScale, t.spanFrom, t.spanTo);',
    ...DROPPED_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS;`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The per-type indexes of the timeline before it had entries of its own. */
const DROPPED_INDEXES = [
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

/** graph/timeline (forward) and graph/timeline-backward: one page of the timeline. */
export function timelineCypher(direction: PageDirection): string {
  const way = direction === 'forward' ? '' : ' DESC';
  return `${HEADER}// One page of the timeline, ${direction === 'forward' ? 'in time order (first/after)' : 'against time order (last/before), newest first'}: the timeline entries
// of the lanes $lanes (relation types, ENTITY for dated entities) whose period overlaps [$from,
// $to] (ISO days), suggested ones only with $includeSuggested, claims, plans and beliefs only as
// $assertions asks, in the order of their timeline key
// (start, coarse precision before fine, id): after $afterKey and before $beforeKey, $limit of them
// (the page's size plus one). $seekFrom and $seekTo bound the key by the range and the page
// together. Then each entry's entity or relation, as much of it as $entityDetails,
// $relationDetails and $evidence ask (Projection in the storage model), with its key.
CALL {
  UNWIND $lanes AS lane
  CALL (lane) {
    MATCH (t:TimelineEntry)
    WHERE t.lane = lane AND t.timelineKey > $seekFrom AND t.timelineKey < $seekTo
      AND ($includeSuggested OR NOT t.suggested) AND coalesce(t.assertion, 'FACT') IN $assertions
    RETURN t ORDER BY t.timelineKey${way} LIMIT $limit
  }
  RETURN t
  UNION
  UNWIND $runningScales AS running
  MATCH (t:TimelineEntry)
  WHERE t.spanScale = running.scale AND t.spanFrom >= running.from AND t.spanFrom < $from AND t.spanTo >= $from
    AND t.timelineKey > $afterKey AND t.timelineKey < $beforeKey AND t.lane IN $lanes
    AND ($includeSuggested OR NOT t.suggested) AND coalesce(t.assertion, 'FACT') IN $assertions
  RETURN t ORDER BY t.timelineKey${way} LIMIT $limit
}
WITH t ORDER BY t.timelineKey${way} LIMIT $limit
CALL (t) {
  MATCH (e:Entity {id: t.id})
  WHERE t.kind = 'ENTITY'
  RETURN ${entityColumns('e')} AS entity, null AS relation
  UNION ALL
  MATCH (s:Entity {id: t.sourceId})-[r:${KNOWLEDGE_TYPES}]->(o:Entity {id: t.targetId})
  WHERE t.kind = 'RELATION' AND r.id = t.id
  RETURN null AS entity, ${relationList('r', entityColumns('s'), entityColumns('o'))} AS relation
}
RETURN entity, relation, t.timelineKey AS key
ORDER BY key${way}
`;
}
