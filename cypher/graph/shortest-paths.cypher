// Up to 20 shortest paths between two entities through entities only, shortest first, at most
// $maxHops long, optionally only over some relation types, over suggested relations only with
// $includeSuggested. Neo4j's SHORTEST planning: no
// exhaustive search. Each hop comes in path order with both ends and its evidence sentences.
MATCH p = SHORTEST 20 (a:Entity {id: $from})((:Entity)-[r WHERE ($includeSuggested OR type(r) <> 'SUGGESTED')
    AND ($types IS NULL OR type(r) IN $types OR (type(r) = 'SUGGESTED' AND r.relationType IN $types))]-(:Entity)){1,6}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT $first
CALL (p) {
  UNWIND range(0, length(p) - 1) AS hop
  WITH hop, relationships(p)[hop] AS rel
  WITH hop, rel, startNode(rel) AS s, endNode(rel) AS t
  ORDER BY hop
  RETURN collect({
    id: rel.id, type: type(rel), properties: properties(rel),
    source: properties(s),
    target: properties(t),
    sentences: COLLECT { MATCH (x:Sentence) WHERE x.id IN rel.evidence
                         RETURN x {.id, .documentId, .index, .text, .start, .end} }
  }) AS relations
}
RETURN [n IN nodes(p) | properties(n)] AS nodes,
       relations
