// Documents, curated and ingested, by id: the first $limit after the id $after (or from the first),
// each with its number of sentences.
MATCH (d:Document)
WHERE $after IS NULL OR d.id > $after
WITH d ORDER BY d.id LIMIT $limit
RETURN d {.id, .title, .language, .dataset, .note, .sourceKind, .translatedFrom, .original, .knownOfOriginal, .unknownOfOriginal} AS document, COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences
ORDER BY d.id
