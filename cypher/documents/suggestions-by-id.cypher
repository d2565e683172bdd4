// The suggestions with the given ids, each with its evidence sentence; unknown ids are left out.
UNWIND $ids AS id
MATCH (x:Suggestion {id: id})
OPTIONAL MATCH (s:Sentence {id: x.sentenceId})
RETURN properties(x) AS suggestion, s.text AS sentence
