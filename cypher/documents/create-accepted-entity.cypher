// Turns an accepted entity suggestion into an entity (labelled from the ontology's whitelist),
// adds its occurrences to the mention lists of their sentences, and points pending relation
// suggestions that named it by name to it. Returns the new entity's id.
MATCH (x:Suggestion {id: $suggestionId})
CREATE (e:Entity)
SET e = $properties
SET e:$($label)
SET x.acceptedAs = e.id
WITH x, e
CALL (x, e) {
  UNWIND range(0, size(x.occurrenceSentenceIds) - 1) AS i
  MATCH (s:Sentence {id: x.occurrenceSentenceIds[i]})
  SET s.mentionEntityIds = s.mentionEntityIds + e.id,
      s.mentionStarts = s.mentionStarts + x.occurrenceStarts[i],
      s.mentionEnds = s.mentionEnds + x.occurrenceEnds[i]
}
CALL (x, e) {
  MATCH (y:Suggestion {kind: 'RELATION', status: 'PENDING'})
  WHERE y.sourceId IS NULL AND y.sourceNameKey = x.nameKey
  SET y.sourceId = e.id
}
CALL (x, e) {
  MATCH (y:Suggestion {kind: 'RELATION', status: 'PENDING'})
  WHERE y.targetId IS NULL AND y.targetNameKey = x.nameKey
  SET y.targetId = e.id
}
RETURN e.id AS id
