// Reads every entity, relation and sentence with a property once, so that the timed queries find
// the store in Neo4j's page cache, as on a server that has been running for a while.
CALL { MATCH (e:Entity) RETURN count(e.name) AS entities }
CALL { MATCH ()-[r]->() RETURN count(r.id) AS relations }
CALL { MATCH (s:Sentence) RETURN count(s.text) AS sentences }
RETURN entities, relations, sentences
