// For each entity id: the first sentences that name it, in document order, with the words matched.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(s:Sentence)
  WITH m, s ORDER BY s.documentId, s.index, m.start LIMIT $limit
  RETURN collect({documentId: s.documentId, sentenceIndex: s.index, sentence: s.text, quote: m.text}) AS mentions
}
RETURN id, mentions
