// Entity and document ids equal to $id or $id followed by a dash, to pick an id for a new entity
// that no entity or document has (ids are unique across both, for node(id)).
CALL {
  MATCH (e:Entity) WHERE e.id = $id OR e.id STARTS WITH $id + '-'
  RETURN e.id AS id
  UNION
  MATCH (d:Document) WHERE d.id = $id OR d.id STARTS WITH $id + '-'
  RETURN d.id AS id
}
RETURN collect(id) AS ids
