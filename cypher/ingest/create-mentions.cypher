// Links entities to the sentences that name them: (:Entity)-[:MENTIONED_IN]->(:Sentence), with the
// properties the storage model encoded (offsets within the sentence, the words). Returns the number
// created.
UNWIND $mentions AS row
MATCH (e:Entity {id: row.entityId})
MATCH (s:Sentence {id: row.sentenceId})
CREATE (e)-[m:MENTIONED_IN]->(s)
SET m = row.properties
RETURN count(m) AS mentions
