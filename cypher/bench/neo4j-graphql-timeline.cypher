// Dated relations whose period overlaps [$from, $to], in time order, as the timeline finds them.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.spanFrom IS NOT NULL AND type(r) <> 'SUGGESTED' AND r.spanFrom <= $to AND r.spanTo >= $from
WITH r, s, t ORDER BY r.spanFrom, r.startPrecisionRank, r.id LIMIT $first
RETURN {
  id: r.id, type: type(r), date: r.startIso,
  source: s {.id, .name, .type}, target: t {.id, .name, .type},
  evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
} AS relation
