// Up to $limit entities after id $after, in id order, that have no link keys (written before they
// were stored), with the names they are made from.
MATCH (e:Entity)
WHERE e.id > $after AND e.linkKeyText IS NULL
RETURN e.id AS id, e.name AS name, e.germanName AS germanName, e.aliases AS aliases
ORDER BY e.id
LIMIT $limit
