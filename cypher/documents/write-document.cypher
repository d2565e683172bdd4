// Creates or updates an ingested document and creates its sentences, each with the properties the
// storage model encoded (src/graph/model/document.model.ts); the document node stays across
// versions, so that its reviewed suggestions keep their link. Returns the number of sentences.
MERGE (d:Document {id: $document.properties.id})
SET d = $document.properties
WITH d
UNWIND $document.sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = sentence
RETURN count(*) AS sentences
