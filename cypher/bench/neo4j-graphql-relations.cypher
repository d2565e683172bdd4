// The first relations of the entity being resolved (`this`), as entity-relations orders them, with
// both ends and the evidence sentences.
MATCH (this)-[r]-(other:Entity)
WHERE type(r) <> 'SUGGESTED'
WITH r, other ORDER BY type(r), other.name, r.id LIMIT $first
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN {
  id: r.id, type: type(r),
  source: s {.id, .name, .type}, target: t {.id, .name, .type},
  evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence RETURN x.text }
} AS relation
