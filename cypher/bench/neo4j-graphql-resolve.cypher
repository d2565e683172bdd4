// Candidate entities for a name: the same full-text query over spelling keys as resolve-candidates.
CALL db.index.fulltext.queryNodes('entity_keys', $query, {limit: $limit}) YIELD node
RETURN node
