// Suggestions, optionally of one document and of one status, most confident first, each with its
// evidence sentence.
MATCH (x:Suggestion)
WHERE ($documentId IS NULL OR x.documentId = $documentId) AND ($status IS NULL OR x.status = $status)
WITH x ORDER BY x.confidence DESC, x.documentId, x.sentenceIndex, x.id LIMIT $limit
OPTIONAL MATCH (s:Sentence {id: x.sentenceId})
RETURN properties(x) AS suggestion, s.text AS sentence
