/**
 * The traversals' statements: shortest paths, one statement per k the API uses (1, 5, 20), and the
 * neighbourhood, one block per hop up to the greatest depth, so that the whole subgraph is one
 * statement (one round trip) however deep.
 *
 * One path is found with `shortestPath()`, a breadth-first search from both ends at once, which
 * touches a few thousand relations where `SHORTEST 1` (searching from one end in Neo4j 5.26) can
 * take seconds on a graph with hubs; it needs its relation types spelt out. More paths use
 * `SHORTEST k`, which takes a literal k: asking for 20 costs far more than asking for 5.
 */
import { entityColumns, generatedHeader, KNOWLEDGE_TYPES, RELATION_FILTER, relationList } from './cypher-text';

const HEADER = generatedHeader('traversal.statements.ts');

/** The path counts with a statement of their own (generated/graph/shortest-paths-<k>). */
export const SHORTEST_PATH_COUNTS = [1, 5, 20] as const;

/** The most hops a neighbourhood reaches: the generated statement has a block per hop. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

/** Each hop of path `p` in path order, with both ends and its evidence sentences; and its nodes. */
const PATH_RETURN = `CALL (p) {
  UNWIND range(0, length(p) - 1) AS hop
  WITH hop, relationships(p)[hop] AS rel
  WITH hop, rel, startNode(rel) AS s, endNode(rel) AS t
  ORDER BY hop
  RETURN collect(${relationList('rel', entityColumns('s'), entityColumns('t'))}) AS relations
}
RETURN [n IN nodes(p) | ${entityColumns('n')}] AS nodes,
       relations`;

/** The statement for up to `k` shortest paths: graph/shortest-paths-<k>.cypher. */
export function shortestPathsCypher(k: number): string {
  if (k === 1) {
    return `${HEADER}// The shortest path between two different entities through entities only, at most $maxHops
// long, optionally only over some relation types, over suggested relations only with
// $includeSuggested: shortestPath() searches from both ends at once, with the predicates applied
// while it searches (no exhaustive fallback). Each hop in path order with both ends and its
// evidence sentences, as much of them as $entityDetails, $relationDetails and $evidence ask.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:${KNOWLEDGE_TYPES}*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND all(r IN relationships(p) WHERE ${RELATION_FILTER.replace('\n    ', '\n      ')})
WITH p WHERE length(p) <= $maxHops
${PATH_RETURN}
`;
  }
  return `${HEADER}// Up to ${k} shortest paths between two different entities through entities only, shortest first,
// at most $maxHops long, optionally only over some relation types, over suggested relations only
// with $includeSuggested. Neo4j's SHORTEST planning: no exhaustive search. Each hop comes in path
// order with both ends and its evidence sentences, as much of them as $entityDetails,
// $relationDetails and $evidence ask. Among paths of one length, those through less connected
// entities first (a link through a person before one through a hub such as the Russian Empire;
// counted from the relationship degree store, no expansion), then by the entities' and
// relations' ids: the same order on every run.
MATCH p = SHORTEST ${k} (a:Entity {id: $from})((:Entity)-[r:${KNOWLEDGE_TYPES} WHERE ${RELATION_FILTER}]-(:Entity)){1,6}(b:Entity {id: $to})
WHERE a <> b AND length(p) <= $maxHops
WITH p ORDER BY length(p), reduce(links = 0, n IN nodes(p)[1..-1] | links + COUNT { (n)-[:${KNOWLEDGE_TYPES}]-() }),
  [n IN nodes(p) | n.id], [rel IN relationships(p) | rel.id]
LIMIT $first
${PATH_RETURN}
`;
}

/** One hop of the neighbourhood: out from `frontier`, at most $limit relations in all. */
function neighbourhoodHop(hop: number): string {
  return `// Hop ${hop}: the relations of the frontier not seen yet (reading one more than fits tells
// whether the limit cut them), then the entities they reach that were not known.
CALL (frontier, seen, truncated) {
  UNWIND CASE WHEN $depth >= ${hop} AND NOT truncated THEN frontier ELSE [] END AS a
  MATCH (a)-[r:${KNOWLEDGE_TYPES}]-(:Entity)
  WHERE ${RELATION_FILTER}
  WITH DISTINCT r LIMIT $limit + 1
  WITH r WHERE NOT r IN seen
  RETURN collect(r) AS found
}
WITH known, seen, found[..$limit - size(seen)] AS hop, truncated OR size(found) > $limit - size(seen) AS truncated
CALL (known, hop) {
  UNWIND hop AS r
  UNWIND [startNode(r), endNode(r)] AS n
  WITH DISTINCT n WHERE NOT n IN known
  RETURN collect(n) AS reached
}
WITH known + reached AS known, reached AS frontier, seen + hop AS seen, truncated`;
}

/** graph/neighbourhood.cypher: the subgraph within $depth hops (1 to `maxDepth`) of some entities. */
export function neighbourhoodCypher(maxDepth: number): string {
  const hops = Array.from({ length: maxDepth }, (_, i) => neighbourhoodHop(i + 1));
  return `${HEADER}// The entities within $depth hops (at most ${maxDepth}) of the entities with the given ids, and the
// relations that reach them, breadth first: optionally only some relation types, suggested ones
// only with $includeSuggested, at most $limit relations, and \`truncated\` when the limit cut the
// subgraph. No ORDER BY: sorting would read every relation of a hub with thousands before the
// limit; the store's own order is stable while the graph does not change. Entities come in the
// order they were reached, starts first, each as a list of its ENTITY_COLUMNS (graph-records.ts),
// then the relations, each naming its ends by id, with its evidence sentences: a row each, as the
// driver reads many small records faster than one large one. No row when no id is known. Entities
// and relations carry what $entityDetails, $relationDetails and $evidence ask (Projection).
UNWIND $ids AS id
MATCH (start:Entity {id: id})
WITH collect(DISTINCT start) AS starts
WITH starts AS known, starts AS frontier, [] AS seen, false AS truncated
${hops.join('\n')}
CALL (known, seen) {
  UNWIND known AS n
  RETURN ${entityColumns('n')} AS node, null AS relation
  UNION ALL
  UNWIND seen AS r
  RETURN null AS node, ${relationList('r', 'startNode(r).id', 'endNode(r).id')} AS relation
}
RETURN node, relation, truncated
`;
}
