// The documents with the given ids, with their number of sentences; unknown ids are left out.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.id, .title, .language, .dataset, .note, .sourceKind, .translatedFrom, .original, .knownOfOriginal, .unknownOfOriginal} AS document, COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences
