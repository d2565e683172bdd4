// Candidate entities for a typed name: full-text hits over the spelling keys of their names
// ($query is built from letters and digits only), with every name for re-ranking.
CALL db.index.fulltext.queryNodes('entity_keys', $query, {limit: $limit}) YIELD node, score
RETURN properties(node) AS entity, score
