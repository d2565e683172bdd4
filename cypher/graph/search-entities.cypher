// Full-text search over names, aliases and descriptions, optionally of some entity types, by score.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN properties(node) AS entity, score
ORDER BY score DESC, entity.name
LIMIT $limit
