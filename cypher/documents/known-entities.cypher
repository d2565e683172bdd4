// Every entity as the extraction pipeline knows it: id, type, names, and the ids of up to 50 entities
// it has (curated or reviewed) relations with, to settle ambiguous mentions by context.
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.germanName AS germanName, e.aliases AS aliases,
       COLLECT { MATCH (e)-[r]-(o:Entity) WHERE type(r) <> 'SUGGESTED' RETURN DISTINCT o.id LIMIT 50 } AS neighbours
