// The entities with a name whose link key is one of $keys (the keys of a new text's words and word
// pairs, src/domain/link-keys.ts), as the extraction pipeline links names to them: id, type, names,
// and the ids of up to 50 entities it has (curated or reviewed) relations with, to settle
// ambiguous mentions by context. Each key is asked for as one quoted term (keys hold letters,
// digits and "_" only).
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes('entity_link_keys', '"' + key + '"') YIELD node
WITH DISTINCT node AS e
RETURN e.id AS id, e.type AS type, e.name AS name, e.germanName AS germanName, e.aliases AS aliases,
       COLLECT { MATCH (e)-[r]-(o:Entity) WHERE type(r) <> 'SUGGESTED' RETURN DISTINCT o.id LIMIT 50 } AS neighbours
