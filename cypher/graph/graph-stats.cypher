// Counts of the whole graph: entities, relations between entities (suggestions left out), documents and sentences, and
// entities and relations by type.
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'SUGGESTED' RETURN count(r) AS relations }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'SUGGESTED' WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationsByType }
RETURN entities, relations, documents, sentences, entitiesByType, relationsByType
