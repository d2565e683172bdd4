// The shortest path of at most $maxHops between two entities, as shortest-paths finds it.
MATCH p = SHORTEST 1 (a:Entity {id: $from})((:Entity)-[r WHERE type(r) <> 'SUGGESTED']-(:Entity)){1,6}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
RETURN {
  length: length(p),
  relations: [rel IN relationships(p) | {
    id: rel.id, type: type(rel),
    source: {id: startNode(rel).id, name: startNode(rel).name, type: startNode(rel).type},
    target: {id: endNode(rel).id, name: endNode(rel).name, type: endNode(rel).type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN rel.evidence RETURN x.text }
  }]
} AS path
