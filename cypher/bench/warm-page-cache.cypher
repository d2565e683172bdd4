// Reads every entity, relation and sentence with all its properties once, so that the timed
// queries find the store in Neo4j's page cache, as on a server that has been running for a while.
// Counting one property would not do: the planner answers that from an index or the count store
// without touching the records.
CALL { MATCH (e:Entity) RETURN sum(size(keys(properties(e)))) AS entities }
CALL { MATCH ()-[r]->() RETURN sum(size(keys(properties(r)))) AS relations }
CALL { MATCH (s:Sentence) RETURN sum(size(keys(properties(s)))) AS sentences }
RETURN entities, relations, sentences
