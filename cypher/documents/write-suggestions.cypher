// Creates the pending suggestions of an ingested document, linked to it, each with the properties
// the storage model encoded (src/graph/model/suggestion.model.ts). Returns how many.
MATCH (d:Document {id: $documentId})
UNWIND $suggestions AS row
CREATE (d)-[:HAS_SUGGESTION]->(x:Suggestion)
SET x = row
RETURN count(x) AS suggestions
