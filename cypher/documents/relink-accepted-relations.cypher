// Draws the curated relation of each accepted relation suggestion, typed from the suggestion's
// relation type (written only from the ontology's whitelist), for one document or all, where it is
// missing: after acceptance, and after the curated graph is reloaded. Returns how many.
MATCH (x:Suggestion {kind: 'RELATION', status: 'ACCEPTED'})
WHERE ($documentId IS NULL OR x.documentId = $documentId)
MATCH (a:Entity {id: x.sourceId}), (b:Entity {id: x.targetId})
WHERE NOT EXISTS { (a)-[{fromSuggestion: x.id}]->(b) }
CREATE (a)-[r:$(x.relationType)]->(b)
SET r = x {.startIso, .startPrecision, .startYearFrom, .startYearTo, .spanFrom, .spanScale, .spanTo, .startPrecisionRank,
           .reviewedBy, .reviewedAt},
    r.id = 'reviewed:' + x.id,
    r.timelineKey = x.spanFrom + '|' + toString(toInteger(x.startPrecisionRank)) + '|reviewed:' + x.id,
    r.fromSuggestion = x.id, r.dataset = 'reviewed', r.inferred = false,
    r.evidence = [x.sentenceId], r.quotes = [x.quote], r.quoteDocuments = [x.documentId],
    r.quoteStarts = [x.quoteStart], r.quoteEnds = [x.quoteEnd]
RETURN count(r) AS relations
