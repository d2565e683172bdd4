// Writes the link keys of the entities in $rows ({id, linkKeyText}). Returns how many it wrote.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.linkKeyText = row.linkKeyText
RETURN count(e) AS written
