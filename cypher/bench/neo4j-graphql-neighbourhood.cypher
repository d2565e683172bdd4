// The relations of an entity (one hop), at most $limit, as graph/neighbourhood finds them at depth 1.
MATCH (a:Entity {id: $id})-[r]-(b:Entity)
WHERE type(r) <> 'SUGGESTED'
WITH DISTINCT r LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN {
  id: r.id, type: type(r),
  source: s {.id, .name, .type}, target: t {.id, .name, .type},
  evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
} AS relation
