// One page of a document's sentences in text order.
MATCH (s:Sentence {documentId: $id})
WITH s ORDER BY s.index SKIP $offset LIMIT $limit
RETURN s {.index, .paragraph, .text, .kind} AS sentence
