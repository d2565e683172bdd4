// The shortest path of at most $maxHops between two entities, found as graph/shortest-paths-1
// finds it: shortestPath(), searching from both ends at once.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity) AND all(r IN relationships(p) WHERE type(r) <> 'SUGGESTED')
WITH p WHERE length(p) <= $maxHops
RETURN {
  length: length(p),
  relations: [rel IN relationships(p) | {
    id: rel.id, type: type(rel),
    source: {id: startNode(rel).id, name: startNode(rel).name, type: startNode(rel).type},
    target: {id: endNode(rel).id, name: endNode(rel).name, type: endNode(rel).type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN rel.evidence RETURN x.text }
  }]
} AS path
