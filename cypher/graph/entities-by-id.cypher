// The entities with the given ids, in no particular order; unknown ids are left out.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS entity
