/**
 * The timeline's statements and indexes, generated from the ontology because Neo4j 5 indexes
 * relationship properties per relationship type only.
 *
 * Two range indexes per relation type: on the timeline key (see timelineKey in the model's
 * stored-dates.ts: start, precision, id in one string) and on (spanScale, spanFrom, spanTo). One
 * statement per paging direction, with two branches per type, each bounded by the page's keys:
 *   - entries that start inside the range: a seek on the timeline key's index, which orders it,
 *     from the page's start, cut at $limit (one more than the page holds);
 *   - entries that start before it and are still running: for each span scale s (periods of at
 *     most 2^s days, see spanScale), a seek for those that start at most 2^s days before the
 *     range, so that only periods long enough to reach it are read, not everything before it;
 *     the end is tested on the index entry (at 1M entities the timeline took 97 ms with the end
 *     read from each relation, 68 ms from the index).
 * The branches go into unions of TYPES_PER_UNION types, each cut to $limit before they are joined:
 * one union of all of them cost twice as much (see TYPES_PER_UNION).
 */
import { entityColumns, generatedHeader, indent, relationList, STORED_TYPES } from './cypher-text';

const HEADER = generatedHeader('timeline.statements.ts');

function indexName(type: string): string {
  return type.toLowerCase();
}

export function timelineIndexesCypher(): string {
  const lines = [
    HEADER.trimEnd(),
    '// Indexes of the timeline: per relation type (Neo4j indexes relationship properties per type)',
    '// and for entities, the timeline key (the order of the timeline, see timelineKey in',
    '// load-curated-graph.ts), and the span scale with the start and end of the period (the end in',
    '// the index, so that periods that ended before a range are passed over without reading them).',
    '// Idempotent: safe to run at every start. The indexes of earlier models are dropped.',
    'CREATE INDEX entity_timeline_key IF NOT EXISTS FOR (e:Entity) ON (e.timelineKey);',
    'CREATE INDEX entity_span_reach IF NOT EXISTS FOR (e:Entity) ON (e.spanScale, e.spanFrom, e.spanTo);',
    'DROP INDEX entity_span_from IF EXISTS;',
    'DROP INDEX entity_span_scale IF EXISTS;',
    'DROP INDEX entity_span_point IF EXISTS;',
    ...STORED_TYPES.flatMap((type) => [
      `CREATE INDEX timeline_key_${indexName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.timelineKey);`,
      `CREATE INDEX span_reach_${indexName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.spanScale, r.spanFrom, r.spanTo);`,
      `DROP INDEX span_from_${indexName(type)} IF EXISTS;`,
      `DROP INDEX span_scale_${indexName(type)} IF EXISTS;`,
      `DROP INDEX span_point_${indexName(type)} IF EXISTS;`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

function typeFilter(type: string): string {
  return type === 'SUGGESTED' ? '$includeSuggested AND $wanted[r.relationType]' : `$wanted.${type}`;
}

/** Which way a page runs: forward (first/after) in time order, backward (last/before) against it. */
export type PageDirection = 'forward' | 'backward';

/** ORDER BY the timeline's key, in the page's direction. */
function keyOrder(x: string, direction: PageDirection): string {
  return `${x}.timelineKey${direction === 'forward' ? '' : ' DESC'}`;
}

function relationBranches(type: string, direction: PageDirection): string[] {
  const filter = typeFilter(type);
  // $seekFrom and $seekTo bound the key by the range and the page together, so that the index
  // seek starts and stops at the page and reads in the page's order; $afterKey and $beforeKey
  // bound it by the page alone (see timelineParameters).
  return [
    `MATCH ()-[r:${type}]->()
WHERE r.timelineKey > $seekFrom AND r.timelineKey < $seekTo AND ${filter}
RETURN r ORDER BY ${keyOrder('r', direction)} LIMIT $limit`,
    `UNWIND $runningScales AS running
MATCH ()-[r:${type}]->()
WHERE r.spanScale = running.scale AND r.spanFrom >= running.from AND r.spanFrom < $from AND r.spanTo >= $from
  AND r.timelineKey > $afterKey AND r.timelineKey < $beforeKey AND ${filter}
RETURN r ORDER BY ${keyOrder('r', direction)} LIMIT $limit`,
  ];
}

/**
 * How many relation types one union of the timeline searches. Neo4j's slotted runtime (Community)
 * passes every row through each level of a union, and a row's slots grow with the union's
 * branches: one union of all 72 branches took about 90 ms at 1M entities, unions of 6 types (12
 * branches) each cut to $limit and then joined took about 40 ms (1, 3 and 12 types: 48, 44, 40).
 */
const TYPES_PER_UNION = 6;

/** The relation branches, TYPES_PER_UNION types to a union, each union cut to its first $limit. */
function relationUnions(direction: PageDirection): string {
  const unions: string[] = [];
  for (let at = 0; at < STORED_TYPES.length; at += TYPES_PER_UNION) {
    const branches = STORED_TYPES.slice(at, at + TYPES_PER_UNION).flatMap((type) => relationBranches(type, direction));
    unions.push(`CALL () {
${indent(branches.join('\nUNION ALL\n'), 2)}
}
RETURN r ORDER BY ${keyOrder('r', direction)} LIMIT $limit`);
  }
  return unions.join('\nUNION ALL\n');
}

/** graph/timeline.cypher (forward) and graph/timeline-backward.cypher: one page of the timeline. */
export function timelineCypher(direction: PageDirection): string {
  const order = keyOrder('x', direction).replace('x.timelineKey', 'key');
  return `${HEADER}// One page of the timeline, ${direction === 'forward' ? 'in time order (first/after)' : 'against time order (last/before), newest first'}: dated relations
// (of the types $wanted says; suggested ones only with $includeSuggested) and, unless a type
// filter is given ($anyType false), dated entities, whose period overlaps [$from, $to] (ISO days). The order is the
// timelineKey (start, coarse precision before fine, id); the page lies after $afterKey and before
// $beforeKey, and $limit is its size plus one. Each type is searched twice through its indexes:
// what starts in the range (the key's index, read in order from the page's start), and what
// started before it and runs into it ($runningScales: for each span scale, the earliest start of a
// period that long that reaches $from); see src/scripts/generated-cypher.ts. Entities and
// relations carry what $entityDetails, $relationDetails and $evidence ask (Projection in
// graph-records.ts).
CALL {
  CALL {
${indent(relationUnions(direction), 4)}
  }
  WITH r ORDER BY ${keyOrder('r', direction)} LIMIT $limit
  WITH r, startNode(r) AS s, endNode(r) AS t
  RETURN r.timelineKey AS key, null AS entity,
    ${relationList('r', entityColumns('s'), entityColumns('t'))} AS relation
  UNION ALL
  CALL {
    MATCH (e:Entity)
    WHERE $anyType AND e.timelineKey > $seekFrom AND e.timelineKey < $seekTo
    RETURN e ORDER BY ${keyOrder('e', direction)} LIMIT $limit
    UNION ALL
    UNWIND $runningScales AS running
    MATCH (e:Entity)
    WHERE $anyType AND e.spanScale = running.scale AND e.spanFrom >= running.from AND e.spanFrom < $from
      AND e.spanTo >= $from AND e.timelineKey > $afterKey AND e.timelineKey < $beforeKey
    RETURN e ORDER BY ${keyOrder('e', direction)} LIMIT $limit
  }
  RETURN e.timelineKey AS key, ${entityColumns('e')} AS entity, null AS relation
}
RETURN entity, relation, key
ORDER BY ${order}
LIMIT $limit
`;
}
