// Creates the documents and their sentences: (:Document)-[:HAS_SENTENCE]->(:Sentence), each with the
// properties the storage model encoded (src/graph/model/document.model.ts). Returns the number of
// sentences.
UNWIND $documents AS doc
CREATE (d:Document)
SET d = doc.properties
WITH d, doc
UNWIND doc.sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = sentence
RETURN count(*) AS sentences
