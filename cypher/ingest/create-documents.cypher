// Creates the documents and their sentences: (:Document)-[:HAS_SENTENCE]->(:Sentence). Returns the
// number of sentences.
UNWIND $documents AS doc
CREATE (d:Document {id: doc.id, dataset: $dataset, title: doc.title, language: doc.language, note: doc.note, text: doc.text})
WITH d, doc
UNWIND doc.sentences AS sentence
CREATE (d)-[:HAS_SENTENCE]->(:Sentence {
  id: sentence.id, dataset: $dataset, documentId: doc.id, index: sentence.index, paragraph: sentence.paragraph,
  text: sentence.text, start: sentence.start, end: sentence.end, kind: sentence.kind
})
RETURN count(*) AS sentences
