// For each entity id: the entity, the total number of its relations to other entities (optionally
// only some types, one direction; suggested relations only with $includeSuggested), and one page
// of them ordered by type, other end's name and id, each with both ends and its evidence sentences.
// Unknown ids are left out.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE ($includeSuggested OR type(r) <> 'SUGGESTED')
    AND ($types IS NULL OR type(r) IN $types OR (type(r) = 'SUGGESTED' AND r.relationType IN $types))
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  RETURN count(r) AS total
}
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE ($includeSuggested OR type(r) <> 'SUGGESTED')
    AND ($types IS NULL OR type(r) IN $types OR (type(r) = 'SUGGESTED' AND r.relationType IN $types))
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH r, other ORDER BY coalesce(r.relationType, type(r)), other.name, r.id SKIP $offset LIMIT $limit
  WITH r, startNode(r) AS s, endNode(r) AS t
  RETURN collect({
    id: r.id, type: type(r), properties: properties(r),
    source: properties(s),
    target: properties(t),
    sentences: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence
                         RETURN x {.id, .documentId, .index, .text, .start, .end} }
  }) AS relations
}
RETURN id, properties(e) AS entity, total, relations
