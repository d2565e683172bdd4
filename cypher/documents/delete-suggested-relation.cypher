// Removes the SUGGESTED relationship drawn from a suggestion (once it is reviewed), with its
// timeline entry.
MATCH (x:Suggestion {id: $id})
OPTIONAL MATCH (:Entity {id: x.sourceId})-[r:SUGGESTED {suggestionId: x.id}]->(:Entity {id: x.targetId})
OPTIONAL MATCH (t:TimelineEntry {id: r.id})
DELETE r, t
RETURN count(r) AS deleted
