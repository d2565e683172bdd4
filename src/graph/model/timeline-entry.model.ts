import type { Dataset } from './datasets';
import { SPAN_PROPERTIES, timelineKeyCypher, type SpanProperty } from './stored-dates';
import { present, type StoredProperties, type StoredValue } from './stored-values';

/**
 * How the timeline is stored: one `(:TimelineEntry)` node per dated entity and per dated relation
 * (suggested ones included), beside it, with the period it covers and where it stands in the
 * timeline's order. Neo4j indexes relationship properties per relationship type only, so a
 * timeline over the relations themselves needs a search per type (72 branches, seconds for Neo4j
 * to plan); over these nodes, indexes serve every type: (timelineKey) and (lane, timelineKey) for
 * what starts in a range, (spanScale, timelineKey, spanTo) for what runs into it. Written with the entity or relation
 * by the same writer, in the same transaction; removed with it.
 */
export const TIMELINE_ENTRY_PROPERTIES = [
  /** The entity's or the relation's id. */
  'id',
  'kind',
  /** What a type filter selects: the relation type (for a suggested relation, the one it suggests), or ENTITY. */
  'lane',
  /** True for a relation drawn from a pending suggestion: shown only where suggestions are asked for. */
  'suggested',
  /** A relation's kind of statement when not a fact (CLAIM, PLAN, BELIEF): shown only where asked for. */
  'assertion',
  /** A relation's ends, to find it again. */
  'sourceId',
  'targetId',
  'dataset',
  ...SPAN_PROPERTIES,
] as const;
export type TimelineEntryProperty = (typeof TIMELINE_ENTRY_PROPERTIES)[number];

/** The lane of dated entities (relations have their type as lane). */
export const ENTITY_LANE = 'ENTITY';

/**
 * The timeline entry of an entity or a relation, from the span properties its own encoder made
 * (spanProperties with its id); none for something undated.
 */
export function encodeTimelineEntry(
  thing:
    | { kind: 'ENTITY'; id: string }
    | {
        kind: 'RELATION';
        id: string;
        type: string;
        sourceId: string;
        targetId: string;
        suggested?: boolean;
        assertion?: string | null;
      },
  span: Partial<Record<SpanProperty, StoredValue>>,
  dataset: Dataset,
): StoredProperties<TimelineEntryProperty> | null {
  if (span.timelineKey === undefined) return null;
  return present<TimelineEntryProperty>({
    id: thing.id,
    kind: thing.kind,
    lane: thing.kind === 'ENTITY' ? ENTITY_LANE : thing.type,
    suggested: thing.kind === 'RELATION' && thing.suggested === true,
    assertion: thing.kind === 'RELATION' ? thing.assertion : null,
    sourceId: thing.kind === 'RELATION' ? thing.sourceId : null,
    targetId: thing.kind === 'RELATION' ? thing.targetId : null,
    dataset,
    ...span,
  });
}

/**
 * The timeline entry of a relation `r` that Cypher drew between `a` and `b` from a suggestion `x`
 * (see the relink statements), as a Cypher expression per property: the same entry
 * encodeTimelineEntry makes.
 */
export function timelineEntryCypher(
  r: string,
  a: string,
  b: string,
  x: string,
  { suggested, dataset }: { suggested: boolean; dataset: Dataset },
): Record<TimelineEntryProperty, string> {
  return {
    id: `${r}.id`,
    kind: "'RELATION'",
    lane: `${x}.relationType`,
    suggested: String(suggested),
    assertion: 'null',
    sourceId: `${a}.id`,
    targetId: `${b}.id`,
    dataset: `'${dataset}'`,
    spanFrom: `${x}.spanFrom`,
    spanTo: `${x}.spanTo`,
    spanScale: `${x}.spanScale`,
    startPrecisionRank: `${x}.startPrecisionRank`,
    timelineKey: timelineKeyCypher(`${x}.spanFrom`, `${x}.startPrecisionRank`, `${r}.id`),
  };
}
