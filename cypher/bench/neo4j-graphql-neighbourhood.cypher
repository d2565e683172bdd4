// The relations within two hops of an entity, at most $limit, breadth first as the API's
// graph/neighbourhood finds them.
MATCH (a:Entity {id: $id})-[r1]-(b:Entity)
WHERE type(r1) <> 'SUGGESTED'
WITH DISTINCT r1, b LIMIT $limit
WITH collect(r1) AS hop1, collect(DISTINCT b) AS frontier
CALL (hop1, frontier) {
  UNWIND frontier AS b
  MATCH (b)-[r2]-(:Entity)
  WHERE type(r2) <> 'SUGGESTED' AND NOT r2 IN hop1
  WITH DISTINCT r2 LIMIT $limit
  WITH collect(r2) AS found
  RETURN found[..($limit - size(hop1))] AS hop2
}
UNWIND hop1 + hop2 AS r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN {
  id: r.id, type: type(r),
  source: s {.id, .name, .type}, target: t {.id, .name, .type},
  evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
} AS relation
