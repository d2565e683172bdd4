// Dated relations (optionally of some types; suggested ones only with $includeSuggested) and, without a type filter, dated entities, whose
// period overlaps [$from, $to] (ISO day strings; null for open ends), in time order: by start,
// then coarse precision before fine.
CALL {
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE r.spanFrom IS NOT NULL AND ($includeSuggested OR type(r) <> 'SUGGESTED')
    AND ($types IS NULL OR type(r) IN $types OR (type(r) = 'SUGGESTED' AND r.relationType IN $types))
    AND ($to IS NULL OR r.spanFrom <= $to) AND ($from IS NULL OR r.spanTo >= $from)
  RETURN r.spanFrom AS spanFrom, r.startPrecisionRank AS rank, null AS entity, {
    id: r.id, type: type(r), properties: properties(r),
    source: properties(s),
    target: properties(t),
    sentences: COLLECT { MATCH (x:Sentence) WHERE x.id IN r.evidence
                         RETURN x {.id, .documentId, .index, .text, .start, .end} }
  } AS relation
  UNION ALL
  MATCH (e:Entity)
  WHERE $types IS NULL AND e.spanFrom IS NOT NULL
    AND ($to IS NULL OR e.spanFrom <= $to) AND ($from IS NULL OR e.spanTo >= $from)
  RETURN e.spanFrom AS spanFrom, e.startPrecisionRank AS rank,
         properties(e) AS entity,
         null AS relation
}
RETURN entity, relation
ORDER BY spanFrom, rank, coalesce(entity.name, relation.id)
LIMIT $first
