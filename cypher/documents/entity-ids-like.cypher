// Entity ids equal to $id or $id followed by a dash, to pick a free one for a new entity.
MATCH (e:Entity) WHERE e.id = $id OR e.id STARTS WITH $id + '-'
RETURN collect(e.id) AS ids
