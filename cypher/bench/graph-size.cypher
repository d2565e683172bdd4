// The number of entities and of relations between them.
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN entities, relations
