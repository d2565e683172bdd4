// Creates the entities, each labelled Entity plus the label of its type (a whitelisted value from
// the ontology, passed as a parameter), with the properties the storage model encoded
// (src/graph/model/entity.model.ts). Returns the number created.
UNWIND $entities AS row
CREATE (e:Entity)
SET e = row.properties
SET e:$(row.label)
RETURN count(e) AS entities
