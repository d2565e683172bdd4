// Removes every node of one dataset (documents, sentences, entities, their relationships, their
// timeline entries) and its marker; and the timeline entries of relations drawn from suggestions
// that went with the entities (the relink statements draw them again). Returns how many nodes went.
CALL {
  MATCH (e:Entity {dataset: $dataset}) RETURN e AS n
  UNION
  MATCH (s:Sentence {dataset: $dataset}) RETURN s AS n
  UNION
  MATCH (d:Document {dataset: $dataset}) RETURN d AS n
  UNION
  MATCH (t:TimelineEntry {dataset: $dataset}) RETURN t AS n
  UNION
  MATCH (m:Dataset {id: $dataset}) RETURN m AS n
}
DETACH DELETE n
WITH count(*) AS deleted
CALL {
  MATCH (t:TimelineEntry) WHERE t.dataset IN ['suggested', 'reviewed']
    AND NOT EXISTS { MATCH (:Entity {id: t.sourceId})-[r]->(:Entity {id: t.targetId}) WHERE r.id = t.id }
  DELETE t
  RETURN count(t) AS orphans
}
RETURN deleted + orphans AS deleted
