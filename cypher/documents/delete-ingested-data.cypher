// Removes everything ingestion and reviews added: ingested documents with their sentences and
// mentions, all suggestions, suggested relations, and the entities and relations accepted from
// suggestions, with their timeline entries. The curated graph stays. Returns how many nodes and
// relationships went.
CALL {
  MATCH ()-[r]->() WHERE r.dataset IN ['suggested', 'reviewed']
  DELETE r
  RETURN count(r) AS relationships
}
CALL {
  MATCH (n) WHERE (n:Document OR n:Sentence) AND n.dataset = 'ingested' OR n:Suggestion OR (n:Entity AND n.dataset = 'reviewed')
    OR (n:TimelineEntry AND n.dataset IN ['suggested', 'reviewed'])
  DETACH DELETE n
  RETURN count(n) AS nodes
}
RETURN nodes, relationships
