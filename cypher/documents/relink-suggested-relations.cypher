// Draws a SUGGESTED relationship for each pending relation suggestion whose two ends are known
// entities, for one document or all, where it is missing. It carries the suggested type, the
// evidence sentence and the year the sentence names, so that queries asked to include suggestions
// can show it like a relation. Returns how many.
MATCH (x:Suggestion {kind: 'RELATION', status: 'PENDING'})
WHERE ($documentId IS NULL OR x.documentId = $documentId) AND x.sourceId IS NOT NULL AND x.targetId IS NOT NULL
MATCH (a:Entity {id: x.sourceId}), (b:Entity {id: x.targetId})
WHERE NOT EXISTS { (a)-[:SUGGESTED {suggestionId: x.id}]->(b) }
CREATE (a)-[r:SUGGESTED]->(b)
SET r = x {.relationType, .confidence, .startIso, .startPrecision, .startYearFrom, .startYearTo, .spanFrom, .spanScale,
           .spanTo, .startPrecisionRank},
    r.id = 'suggested:' + x.id,
    r.timelineKey = x.spanFrom + '|' + toString(toInteger(x.startPrecisionRank)) + '|suggested:' + x.id,
    r.suggestionId = x.id, r.dataset = 'suggested', r.inferred = false,
    r.evidence = [x.sentenceId], r.quotes = [x.quote], r.quoteDocuments = [x.documentId],
    r.quoteStarts = [x.quoteStart], r.quoteEnds = [x.quoteEnd]
RETURN count(r) AS relations
