// Creates the relations between entities, typed from the ontology's whitelist (passed as a
// parameter). Returns the number created.
UNWIND $relations AS row
MATCH (source:Entity {dataset: $dataset, id: row.source})
MATCH (target:Entity {dataset: $dataset, id: row.target})
CREATE (source)-[r:$(row.type)]->(target)
SET r = row.properties
RETURN count(r) AS relations
