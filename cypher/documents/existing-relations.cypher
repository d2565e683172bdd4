// Which of the proposed relations the graph already holds as curated or accepted facts, by key.
UNWIND $proposals AS p
MATCH (a:Entity {id: p.sourceId})-[r]->(b:Entity {id: p.targetId})
WHERE type(r) = p.relationType
RETURN collect(DISTINCT p.key) AS keys
