// Up to $limit entities after id $after, in id order, with the names their link keys are made
// from: those that have no link keys (written before they were stored), or every entity with
// $everyEntity (keys made another way before).
MATCH (e:Entity)
WHERE e.id > $after AND ($everyEntity OR e.linkKeyText IS NULL)
RETURN e.id AS id, e.name AS name, e.germanName AS germanName, e.aliases AS aliases
ORDER BY e.id
LIMIT $limit
