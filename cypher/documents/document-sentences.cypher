// One page of a document's sentences in text order: after the key $after and before the key
// $before (lists [index], or null), the first $limit ($backward: the last, in reverse order), each
// with the ids of the curated relations it is evidence of.
MATCH (s:Sentence {documentId: $id})
WHERE ($after IS NULL OR s.index > $after[0]) AND ($before IS NULL OR s.index < $before[0])
WITH s ORDER BY CASE WHEN $backward THEN -s.index ELSE s.index END LIMIT $limit
RETURN s {.index, .paragraph, .text, .kind, .evidenceOf} AS sentence
