// Links entities to the sentences that name them: (:Entity)-[:MENTIONED_IN {start, end, text}]->(:Sentence),
// offsets within the sentence. Returns the number created.
UNWIND $mentions AS row
MATCH (e:Entity {id: row.entityId})
MATCH (s:Sentence {id: row.sentenceId})
CREATE (e)-[m:MENTIONED_IN {start: row.start, end: row.end, text: row.text}]->(s)
RETURN count(m) AS mentions
