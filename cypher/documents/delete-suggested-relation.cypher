// Removes the SUGGESTED relationship drawn from a suggestion (once it is reviewed).
MATCH (x:Suggestion {id: $id})
OPTIONAL MATCH (:Entity {id: x.sourceId})-[r:SUGGESTED {suggestionId: x.id}]->(:Entity {id: x.targetId})
DELETE r
RETURN count(r) AS deleted
