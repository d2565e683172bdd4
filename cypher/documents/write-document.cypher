// Creates or updates an ingested document and creates its sentences; each sentence keeps the
// mentions found in it as parallel lists (entity ids, starts, ends), from which relink-mentions
// draws the MENTIONED_IN relationships. Returns the number of sentences.
MERGE (d:Document {id: $document.id})
SET d.dataset = 'ingested', d.title = $document.title, d.language = $document.language,
    d.text = $document.text, d.ingestedAt = datetime()
WITH d
UNWIND $document.sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(:Sentence {
  id: sentence.id, dataset: 'ingested', documentId: $document.id, index: sentence.index,
  paragraph: sentence.paragraph, text: sentence.text, start: sentence.start, end: sentence.end,
  kind: sentence.kind, mentionEntityIds: sentence.mentionEntityIds, mentionStarts: sentence.mentionStarts,
  mentionEnds: sentence.mentionEnds
})
RETURN count(*) AS sentences
