// Which dataset holds the document with this id ('curated' or 'ingested'), and whether an entity
// has that id (ids are unique across documents and entities, for node(id)); one row always.
OPTIONAL MATCH (d:Document {id: $id})
RETURN d.dataset AS dataset, EXISTS { MATCH (:Entity {id: $id}) } AS entity
