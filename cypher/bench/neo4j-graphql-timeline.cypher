// One page of the timeline of every lane, found as graph/timeline finds it (the same statement
// shape): timeline entries in the range through the (timelineKey) index, and those that began
// before the range and run into it through the (spanScale, timelineKey, spanTo) index, each seek
// in timeline order, facts only; then each entry's entity, or its relation found between its two
// ends, with the relation's evidence.
CALL {
  MATCH (t:TimelineEntry)
  USING INDEX t:TimelineEntry(timelineKey)
  WHERE t.timelineKey > $seekFrom AND t.timelineKey < $seekTo
    AND NOT t.suggested AND coalesce(t.assertion, 'FACT') = 'FACT'
  RETURN t ORDER BY t.timelineKey LIMIT $first
  UNION
  UNWIND $runningScales AS running
  CALL (running) {
    MATCH (t:TimelineEntry)
    USING INDEX t:TimelineEntry(spanScale, timelineKey, spanTo)
    WHERE t.spanScale = running.scale AND t.timelineKey > running.seekFrom AND t.timelineKey < running.seekTo
      AND t.spanTo >= $from AND NOT t.suggested AND coalesce(t.assertion, 'FACT') = 'FACT'
    RETURN t ORDER BY t.spanScale, t.timelineKey LIMIT $first
  }
  RETURN t
}
WITH t ORDER BY t.timelineKey LIMIT $first
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
