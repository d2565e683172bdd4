// Draws MENTIONED_IN relationships from the mention lists of ingested sentences, for one document
// ($documentId) or all ($documentId null), where they are missing: after an ingest, after an
// entity suggestion is accepted, and after the curated graph is reloaded. Returns how many.
MATCH (s:Sentence {dataset: 'ingested'})
WHERE ($documentId IS NULL OR s.documentId = $documentId) AND size(s.mentionEntityIds) > 0
UNWIND range(0, size(s.mentionEntityIds) - 1) AS i
WITH s, s.mentionEntityIds[i] AS entityId, s.mentionStarts[i] AS start, s.mentionEnds[i] AS end
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN {start: start}]->(s) }
CREATE (e)-[:MENTIONED_IN {start: start, end: end, text: substring(s.text, start, end - start)}]->(s)
RETURN count(*) AS mentions
