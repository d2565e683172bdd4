// Every document, curated and ingested, by id, with its number of sentences.
MATCH (d:Document)
RETURN d {.id, .title, .language, .dataset, .note} AS document, COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences
ORDER BY d.id
