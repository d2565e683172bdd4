// One page of entities, optionally of one type, in the order (name, id): after the key $after and
// before the key $before (lists [name, id], or null), the first $limit ($backward: the last, in
// reverse order), each with its key; and the total count of the type.
CALL {
  MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Entity)
  WHERE ($type IS NULL OR e.type = $type)
    AND ($after IS NULL OR e.name > $after[0] OR (e.name = $after[0] AND e.id > $after[1]))
    AND ($before IS NULL OR e.name < $before[0] OR (e.name = $before[0] AND e.id < $before[1]))
  // Either direction in one statement: for each key, the column of the other direction is null.
  WITH e ORDER BY
    CASE WHEN $backward THEN null ELSE e.name END, CASE WHEN $backward THEN e.name END DESC,
    CASE WHEN $backward THEN null ELSE e.id END, CASE WHEN $backward THEN e.id END DESC
  LIMIT $limit
  RETURN collect(properties(e)) AS entities
}
RETURN total, entities
