// One page of the timeline, found as graph/timeline finds it (the same statement shape): timeline
// entries per lane (relation type, ENTITY) in the range through the (lane, timelineKey) index, and
// those that began before the range and run into it through the (spanScale, spanFrom) index, in
// timeline order, facts only; then each entry's entity or relation with its evidence.
CALL {
  UNWIND $lanes AS lane
  CALL (lane) {
    MATCH (t:TimelineEntry)
    WHERE t.lane = lane AND t.timelineKey > $seekFrom AND t.timelineKey < $seekTo
      AND NOT t.suggested AND coalesce(t.assertion, 'FACT') = 'FACT'
    RETURN t ORDER BY t.timelineKey LIMIT $first
  }
  RETURN t
  UNION
  UNWIND $runningScales AS running
  MATCH (t:TimelineEntry)
  WHERE t.spanScale = running.scale AND t.spanFrom >= running.from AND t.spanFrom < $from AND t.spanTo >= $from
    AND t.lane IN $lanes AND NOT t.suggested AND coalesce(t.assertion, 'FACT') = 'FACT'
  RETURN t ORDER BY t.timelineKey LIMIT $first
}
WITH t ORDER BY t.timelineKey LIMIT $first
OPTIONAL MATCH (e:Entity {id: t.id}) WHERE t.kind = 'ENTITY'
OPTIONAL MATCH (s:Entity {id: t.sourceId})-[r]->(o:Entity {id: t.targetId}) WHERE t.kind = 'RELATION' AND r.id = t.id
RETURN {
  id: t.id, kind: t.kind,
  entity: CASE WHEN e IS NULL THEN null ELSE e {.id, .name, .type} END,
  relation: CASE WHEN r IS NULL THEN null ELSE {
    id: r.id, type: type(r), source: s {.id, .name, .type}, target: o {.id, .name, .type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
  } END
} AS entry
