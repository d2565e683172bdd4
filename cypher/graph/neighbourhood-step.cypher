// One hop out from a frontier of entity ids: the relations to other entities (optionally only some
// types; suggested relations only with $includeSuggested), at most $limit of them, each with both
// ends and its evidence sentences. No ORDER BY: sorting would read every relation of a hub with
// thousands before the limit; the store's own order is stable while the graph does not change.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE ($includeSuggested OR type(r) <> 'SUGGESTED')
  AND ($types IS NULL OR type(r) IN $types OR (type(r) = 'SUGGESTED' AND r.relationType IN $types))
WITH DISTINCT r
LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN {
  id: r.id, type: type(r), properties: properties(r),
  source: properties(s),
  target: properties(t),
  sentences: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence
                       RETURN x {.id, .documentId, .index, .text, .start, .end} }
} AS relation
