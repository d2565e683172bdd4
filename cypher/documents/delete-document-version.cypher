// Before an ingested document is written again: removes its sentences (with their mentions), its
// pending suggestions and the suggested relations drawn from them, with their timeline entries.
// Reviewed suggestions stay.
// Returns how many nodes went.
OPTIONAL MATCH (d:Document {id: $id, dataset: 'ingested'})
CALL (d) {
  OPTIONAL MATCH (x:Suggestion {documentId: $id, status: 'PENDING'})
  OPTIONAL MATCH (:Entity {id: x.sourceId})-[r:SUGGESTED {suggestionId: x.id}]->(:Entity {id: x.targetId})
  OPTIONAL MATCH (t:TimelineEntry {id: r.id})
  DELETE r, t
  WITH DISTINCT x
  DETACH DELETE x
  RETURN count(x) AS suggestions
}
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
  RETURN count(s) AS sentences
}
RETURN suggestions + sentences AS deleted
