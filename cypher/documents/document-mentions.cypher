// The mentions of known entities in a document, in text order, with the entity each names.
MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Sentence {documentId: $id})
RETURN properties(e) AS entity, s.index AS sentenceIndex, m.start AS start, m.end AS end, m.text AS text
ORDER BY s.index, m.start
LIMIT $limit
