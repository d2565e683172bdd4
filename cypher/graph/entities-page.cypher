// One page of entities, optionally of one type, ordered by name then id, with the total count.
CALL {
  MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
  WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $limit
  RETURN collect(properties(e)) AS entities
}
RETURN total, entities
