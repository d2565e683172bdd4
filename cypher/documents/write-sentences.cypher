// Creates sentences of the ingested document $documentId, each with the properties the storage
// model encoded (src/graph/model/document.model.ts). Returns the number created.
MATCH (d:Document {id: $documentId})
UNWIND $sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = sentence
RETURN count(*) AS sentences
