// Up to $first shortest paths of at most $maxHops between two entities, found as
// graph/shortest-paths-5 finds them: Neo4j's SHORTEST k over entities, suggested relations left out.
MATCH p = SHORTEST 5 (a:Entity {id: $from})((:Entity)-[r WHERE type(r) <> 'SUGGESTED']-(:Entity)){1,6}(b:Entity {id: $to})
WHERE a <> b AND length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT $first
RETURN {
  length: length(p),
  relations: [rel IN relationships(p) | {
    id: rel.id, type: type(rel),
    source: {id: startNode(rel).id, name: startNode(rel).name, type: startNode(rel).type},
    target: {id: endNode(rel).id, name: endNode(rel).name, type: endNode(rel).type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN rel.evidence RETURN x.text }
  }]
} AS path
