// Creates the pending suggestions of an ingested document, linked to it. Returns how many.
MATCH (d:Document {id: $documentId})
UNWIND $suggestions AS row
CREATE (d)-[:HAS_SUGGESTION]->(x:Suggestion)
SET x = row, x.documentId = $documentId, x.status = 'PENDING', x.createdAt = toString(datetime())
RETURN count(x) AS suggestions
