// The mentions of known entities in a document's sentences $fromSentence to $toSentence (indexes,
// both included), in text order, with the entity each names; at most $limit.
MATCH (s:Sentence {documentId: $id})
WHERE s.index >= $fromSentence AND s.index <= $toSentence
MATCH (e:Entity)-[m:MENTIONED_IN]->(s)
RETURN properties(e) AS entity, s.index AS sentenceIndex, m.start AS start, m.end AS end, m.text AS text
ORDER BY s.index, m.start
LIMIT $limit
