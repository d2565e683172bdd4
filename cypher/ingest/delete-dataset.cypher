// Removes every node of one dataset (documents, sentences, entities, their relationships) and its
// marker. Returns how many nodes went.
CALL {
  MATCH (e:Entity {dataset: $dataset}) RETURN e AS n
  UNION
  MATCH (s:Sentence {dataset: $dataset}) RETURN s AS n
  UNION
  MATCH (d:Document {dataset: $dataset}) RETURN d AS n
  UNION
  MATCH (m:Dataset {id: $dataset}) RETURN m AS n
}
DETACH DELETE n
RETURN count(*) AS deleted
