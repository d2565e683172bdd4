/**
 * The traversals' statements: shortest paths, one statement for one path and one for more, and the
 * neighbourhood, one block per hop up to the greatest depth, so that the whole subgraph is one
 * statement (one round trip) however deep.
 *
 * One path is found with `shortestPath()`, a breadth-first search from both ends at once, which
 * touches a few thousand relations where `SHORTEST 1` (searching from one end in Neo4j 5.26) can
 * take seconds on a graph with hubs; it needs its relation types spelt out. More paths begin with
 * `allShortestPaths()`, the same search (see shortestPathsCypher).
 */
import {
  entityColumns,
  filtersNothing,
  generatedHeader,
  KNOWLEDGE_TYPES,
  knowledgeDegree,
  parameter,
  RELATION_FILTER,
  relationFilter,
  relationList,
  RELATION_TYPES_PATTERN,
} from './cypher-text';

const HEADER = generatedHeader('traversal.statements.ts');

/** The most hops a neighbourhood reaches: the generated statement has a block per hop. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

/**
 * Each hop of a path (its relations `pathRelations` and entities `pathNodes`, in order) with both
 * ends and its evidence sentences; and its entities.
 */
const PATH_RETURN = `CALL (pathRelations) {
  UNWIND range(0, size(pathRelations) - 1) AS hop
  WITH hop, pathRelations[hop] AS rel
  WITH hop, rel, startNode(rel) AS s, endNode(rel) AS t
  ORDER BY hop
  RETURN collect(${relationList('rel', entityColumns('s'), entityColumns('t'))}) AS relations
}
RETURN [n IN pathNodes | ${entityColumns('n')}] AS nodes,
       relations`;

/** The most hops a path has (the API's maxHops at most). */
export const MAX_PATH_HOPS = 6;

/**
 * How many times more paths an end of a paths search has with each relation beyond two (see
 * pathSearch): the mean number of relations of the entity at the far end of a relation, that is
 * Σ degree² / Σ degree over the entities. 472 in the synthetic million (hubs of tens of thousands
 * of relations beside entities of tens), where ten ends had 126 to 626 times as many paths of three
 * relations as of two.
 */
export const PATH_BRANCHING = 470;

/** How many of an end's relations are read to estimate its paths of two relations (see pathSearch). */
const NEIGHBOURS_SAMPLED = 1000;

/**
 * Where a paths statement reads its search (from, to, maxHops, types, first, includeSuggested,
 * assertions, branching; in the map also `longer`, false to search no path longer than the
 * shortest, see TraversalRepository.shortestPaths): from the one map parameter $search (the API's
 * statements), or from a parameter each (@neo4j/graphql's \`@cypher\` field, which passes its
 * arguments so). Neo4j caches a plan per statement and parameter types, and the type of a string
 * or list parameter holds its size class: ids of 9 and of 15 characters, or one relation type and
 * two, are planned apart, and the several-paths statement, with its blocks per path length and
 * join position, takes Neo4j 6-9 s to plan. In a map the values' sizes are no part of its type, so
 * one plan, made at start (see TraversalRepository.plan), serves every request.
 */
type SearchParameters = 'search' | undefined;

/**
 * The entities paths of `hops` relations may be joined at (x1 the first after `a`): the middle one,
 * and the one either side of it. Further out, one side reads its end's paths of four relations or
 * more, hardly ever the cheaper; and each block costs Neo4j memory for every row of every other:
 * with a block at every entity (15 in all, not 12), a search at a million entities that takes
 * 0.35 s ran out of its memory for all transactions.
 */
export function joinPositions(hops: number): number[] {
  const middle = Math.floor(hops / 2);
  return [...new Set([middle - 1, middle, middle + 1])].filter((at) => at >= 1 && at < hops);
}

/**
 * A path of exactly `hops` relations from `a` to `b` through entities, none visited twice: a block
 * per entity it may be joined at, of which only the one `joinAt` names runs (see pathSearch).
 */
function pathOfLength(hops: number, map: SearchParameters): string {
  return joinPositions(hops)
    .map((at) => pathOfLengthJoinedAt(hops, at, map))
    .join('\n');
}

/**
 * How much more a path Neo4j keeps costs than one it streams: of a join's two sides it keeps the
 * first, the one from `a`, in memory, and reads the other past it until enough are found. At a
 * million entities, between two entities of 8 relations: keeping the 289 paths of two relations
 * from one and streaming those of three from the other (152,667) took 17 ms; keeping the 152,667,
 * Neo4j's memory for all transactions ran out after 32 s.
 */
const KEPT_PATH_COST = 2;

/**
 * The cheapest join of paths of `hops` relations, as a Cypher [position, cost] pair: of
 * joinPositions, the one where the estimated paths from the end the pattern starts at (`first`,
 * counted KEPT_PATH_COST times) and from the other (`other`) cost least; the middle unless another
 * costs less, and the middle when nothing is estimated (the lists empty, every cost null).
 */
function cheapestJoin(hops: number, first: string, other: string): string {
  const middle = Math.floor(hops / 2);
  const joins = [middle, ...joinPositions(hops).filter((at) => at !== middle)].map(
    (at) => `[${at}, ${KEPT_PATH_COST} * ${first}[${at - 1}] + ${other}[${hops - at - 1}]]`,
  );
  return `reduce(best = null, join IN [${joins.join(', ')}] | CASE WHEN best IS NULL OR join[1] < best[1] THEN join ELSE best END)`;
}

/** Where joinAt joins paths of `hops` relations: cheapestJoin's position, from fromA and fromB. */
function joinAt(hops: number): string {
  return `${cheapestJoin(hops, 'fromA', 'fromB')}[0]`;
}

/**
 * Whether the longer paths' patterns start at `b` instead of `a`: when the next length to search
 * costs less so (cheapestJoin); a Cypher expression over found, fromA and fromB.
 */
function startAtB(): string {
  const lengths = Array.from({ length: MAX_PATH_HOPS - 1 }, (_, i) => i + 2);
  const cases = lengths.map(
    (hops) =>
      `WHEN ${hops} THEN ${cheapestJoin(hops, 'fromB', 'fromA')}[1] < ${cheapestJoin(hops, 'fromA', 'fromB')}[1]`,
  );
  return `CASE length(found[0]) + 1\n  ${cases.join('\n  ')}\n  ELSE false END`;
}

/** pathOfLength's block joined at entity x<at>. */
function pathOfLengthJoinedAt(hops: number, at: number, map: SearchParameters): string {
  const $ = (name: string) => parameter(name, map);
  const steps: string[] = [];
  const conditions: string[] = [];
  for (let hop = 1; hop <= hops; hop += 1) {
    const node = hop === hops ? '(b)' : `(x${hop}:Entity)`;
    steps.push(`-[r${hop}:${KNOWLEDGE_TYPES}]-${node}`);
    conditions.push(relationFilter(`r${hop}`, map).replace(/\n {4}/g, '\n      '));
    if (hop < hops) {
      const earlier = ['a', 'b', ...Array.from({ length: hop - 1 }, (_, i) => `x${i + 1}`)];
      conditions.push(`NOT x${hop} IN [${earlier.join(', ')}]`);
    }
  }
  return `// Paths of ${hops} relations, while fewer than ${$('first')} were found, all of them shorter;
// joined at x${at}, when that is where joinAt joins them.
OPTIONAL CALL (a, b, found, joinAt) {
  WITH a, b, found, joinAt
  WHERE 0 < size(found) < ${$('first')} AND length(found[0]) < ${hops} AND ${$('maxHops')} >= ${hops}
    AND joinAt[${hops}] = ${at}${map ? ` AND coalesce(${$('longer')}, true)` : ''}
  MATCH p = (a)${steps.join('')}
  USING JOIN ON x${at}
  WHERE ${conditions.join('\n    AND ')}
  RETURN p LIMIT ${$('first')}
}
WITH origin, a, b, found, joinAt, collect(p) AS longer
WITH origin, a, b, found + longer AS found, joinAt`;
}

/**
 * The breadth-first search from both ends (`shortestPath` or `allShortestPaths`) as the body of a
 * subquery, rows of `p` at most $maxHops long, of the entities `a` and `b`; with `direct` (the
 * paths of one relation found before), only when there are none. Two branches, of which one runs:
 * for a request that filters nothing (filtersNothing: the explorer's default) the search follows
 * the ontology's relation types with no predicate; otherwise every relation it expands is tested
 * (relationFilter) and every entity it reaches. Neo4j evaluates those predicates on each of the
 * thousands of relations a hub adds to the search: at a million entities, the several-paths
 * statement for 100 pairs drawn by degree found the same paths in p50 13.4 instead of 18.6 ms, p95
 * 39 instead of 97. The first branch needs no test that each entity reached is one: the ontology's
 * relations (and SUGGESTED) are only ever written between entities (ingest/create-relations.cypher,
 * write.statements.ts), and that test alone took the p95 from 51 to 63 ms. Indented for a
 * subquery's body.
 */
function searchFromBothEnds(
  search: 'shortestPath' | 'allShortestPaths',
  direct: 'direct' | null,
  map: SearchParameters,
): string {
  const $ = (name: string) => parameter(name, map);
  const vars = direct ? `a, b, ${direct}` : 'a, b';
  const guard = direct ? `size(${direct}) = 0 AND ` : '';
  const limit = search === 'allShortestPaths' ? ` LIMIT ${$('first')}` : '';
  return `WITH ${vars}
WHERE ${guard}${filtersNothing(map)}
MATCH p = ${search}((a)-[:${RELATION_TYPES_PATTERN}*..${MAX_PATH_HOPS}]-(b))
WITH p WHERE length(p) <= ${$('maxHops')}
RETURN p${limit}
UNION ALL
WITH ${vars}
WHERE ${guard}NOT ${filtersNothing(map)}
MATCH p = ${search}((a)-[:${KNOWLEDGE_TYPES}*..${MAX_PATH_HOPS}]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND all(r IN relationships(p) WHERE ${relationFilter('r', map).replace(/\n {4}/g, '\n      ')})
WITH p WHERE length(p) <= ${$('maxHops')}
RETURN p${limit}`.replace(/\n/g, '\n  ');
}

const PATH_SEARCH_COMMENT = `First the paths of the shortest length: the relations
// between the two, if any (read from the end with fewer relations), else by allShortestPaths(), a
// breadth-first search from both ends at once with the request's filters, if it has any, applied
// while it searches (see searchFromBothEnds);
// then, while fewer than asked were found, the paths one relation longer, and so on, each length
// a pattern Neo4j joins from both ends (where the estimated paths cost least), visiting no entity
// twice. Neo4j 5.26's
// SHORTEST k searched for seconds (48 s for one pair) between entities of a million-entity graph
// where this takes well under one. Among paths of one length, those through less connected
// entities first (a link through a person before one through a hub such as the Russian Empire;
// counted from the relationship degree store, no expansion), then by the entities' and relations'
// ids: the same order on every run.`;

/**
 * The statement for the shortest paths: graph/shortest-paths-1.cypher for one,
 * graph/shortest-paths.cypher for up to $search.first; both read their search from $search (see
 * SearchParameters).
 */
export function shortestPathsCypher(k: 1 | 'first'): string {
  if (k === 1) {
    return `${HEADER}// The shortest path between two different entities ($search.from, $search.to) through entities
// only, at most $search.maxHops long, optionally only over some relation types ($search.types),
// over suggested relations only with $search.includeSuggested, of the kinds of statement in
// $search.assertions; the search in one map parameter, so that one plan serves every request
// (traversal.statements.ts, SearchParameters). shortestPath() searches from both ends at once,
// with the request's filters, if it has any, applied while it searches (no exhaustive fallback;
// see searchFromBothEnds). Each hop in path order
// with both ends and its evidence sentences, as much of them as $entityDetails, $relationDetails
// and $evidence ask.
MATCH (a:Entity {id: $search.from}), (b:Entity {id: $search.to})
WHERE a <> b
CALL (a, b) {
  ${searchFromBothEnds('shortestPath', null, 'search')}
}
WITH nodes(p) AS pathNodes, relationships(p) AS pathRelations
${PATH_RETURN}
`;
  }
  return `${HEADER}// Up to $search.first shortest paths between two different entities ($search.from, $search.to)
// through entities only, shortest first, at most $search.maxHops long, optionally only over some
// relation types ($search.types), over suggested relations only with $search.includeSuggested, of
// the kinds of statement in $search.assertions; the search in one map parameter, so that one plan
// serves every request (traversal.statements.ts, SearchParameters).
// ${PATH_SEARCH_COMMENT} Each hop comes in path order with
// both ends and its evidence sentences, as much of them as $entityDetails, $relationDetails and
// $evidence ask.
${pathSearch('search')}
${PATH_RETURN}
`;
}

/**
 * The estimated number of paths of 1 to MAX_PATH_HOPS - 1 relations from `end`, as a list (see
 * pathSearch): its relations; the relations of the entities reached by at most NEIGHBOURS_SAMPLED
 * of them, scaled up to all; $branching times more for each relation beyond. Only when longer
 * paths are searched.
 */
function pathsFromEnd(end: string, map: SearchParameters): string {
  const $ = (name: string) => parameter(name, map);
  return `CASE WHEN 0 < size(found) < ${$('first')} THEN COLLECT {
    WITH ${knowledgeDegree(end)} AS one,
      COLLECT { MATCH (${end})-[:${KNOWLEDGE_TYPES}]-(x) WITH x LIMIT ${NEIGHBOURS_SAMPLED} RETURN ${knowledgeDegree('x')} } AS reached
    WITH one, CASE size(reached) WHEN 0 THEN 0.0 ELSE toFloat(reduce(sum = 0, d IN reached | sum + d)) * one / size(reached) END AS two
    UNWIND range(1, ${MAX_PATH_HOPS - 1}) AS hops
    RETURN CASE hops WHEN 1 THEN toFloat(one) WHEN 2 THEN two ELSE two * ${$('branching')} ^ (hops - 2) END
  } ELSE [] END`;
}

/**
 * Up to `first` shortest paths between `from` and `to` (each as pathNodes and pathRelations), in
 * their order (see shortestPathsCypher).
 */
function pathSearch(map: SearchParameters): string {
  const $ = (name: string) => parameter(name, map);
  const longer = Array.from({ length: MAX_PATH_HOPS - 1 }, (_, i) => pathOfLength(i + 2, map));
  return `MATCH (a:Entity {id: ${$('from')}}), (b:Entity {id: ${$('to')}})
WHERE a <> b
// The relations between the two themselves first: Neo4j reads them from the end with fewer
// relations (its degree store tells), where the search below expands a hub's every relation.
OPTIONAL CALL (a, b) {
  MATCH p = (a)-[r:${KNOWLEDGE_TYPES}]-(b)
  WHERE ${relationFilter('r', map)}
  RETURN p LIMIT ${$('first')}
}
WITH a, b, collect(p) AS direct
// Not linked directly: the shortest paths by the search from both ends.
OPTIONAL CALL (a, b, direct) {
  ${searchFromBothEnds('allShortestPaths', 'direct', map)}
}
WITH a, b, direct, collect(p) AS shortest
// Where to join the longer paths, by an estimate of the paths each side of a join reads, counted
// from the degree store: from an end, its relations for paths of one relation; for two, the
// relations of the entities they reach (read from at most ${NEIGHBOURS_SAMPLED} of them, scaled
// up); ${$('branching')} times more for each relation beyond. Neo4j keeps the first side of a join
// in memory and streams the other past it, so a path kept costs ${KEPT_PATH_COST} streamed (KEPT_PATH_COST);
// the patterns start at the end (a, swapped with b if need be; origin stays the end searched
// from) where the next length costs least, and each length is joined where it costs least (at the
// middle entity or one either side, see joinPositions), at the middle unless another is less.
// Joined at the middle by the ends' degrees alone, the side of an entity linked to hubs read every
// relation of those hubs: at a million entities, from one of 437 relations, four of them to an
// entity of 42,675, 251,000 paths, and Neo4j's memory for all transactions ran out after 34 s;
// so, 40-50 ms.
WITH a, b, direct + shortest AS found
WITH a, b, found, ${pathsFromEnd('a', map)} AS fromA, ${pathsFromEnd('b', map)} AS fromB
WITH a, b, found, fromA, fromB, ${startAtB()} AS startAtB
WITH a AS origin, found,
  CASE WHEN startAtB THEN b ELSE a END AS a, CASE WHEN startAtB THEN a ELSE b END AS b,
  CASE WHEN startAtB THEN fromB ELSE fromA END AS fromA, CASE WHEN startAtB THEN fromA ELSE fromB END AS fromB
WITH origin, a, b, found, [0, 0, ${Array.from({ length: MAX_PATH_HOPS - 1 }, (_, i) => joinAt(i + 2)).join(',\n  ')}] AS joinAt
${longer.join('\n')}
UNWIND found[..${$('first')}] AS p
// Each path from the end searched from (origin), whichever end its pattern started at.
WITH CASE WHEN head(nodes(p)) = origin THEN nodes(p) ELSE reverse(nodes(p)) END AS pathNodes,
  CASE WHEN head(nodes(p)) = origin THEN relationships(p) ELSE reverse(relationships(p)) END AS pathRelations
WITH pathNodes, pathRelations
ORDER BY size(pathRelations), reduce(links = 0, n IN pathNodes[1..-1] | links + ${knowledgeDegree('n')}),
  [n IN pathNodes | n.id], [rel IN pathRelations | rel.id]`;
}

/**
 * bench/neo4j-graphql-shortest-paths: the same search as graph/shortest-paths for the benchmark's
 * `@cypher` field of @neo4j/graphql (bench/serve-neo4j-graphql.ts), each path as one map.
 */
export function neo4jGraphqlShortestPathsCypher(): string {
  return `${HEADER}// Up to $first shortest paths of at most $maxHops between two entities, found as
// graph/shortest-paths finds them (the same statement, with the relation types, suggestions and
// kinds of statement the field is given, each as a parameter of its own as @neo4j/graphql passes
// a field's arguments), each as one map for @neo4j/graphql. ${PATH_SEARCH_COMMENT}
${pathSearch(undefined)}
RETURN {
  length: size(pathRelations),
  relations: [rel IN pathRelations | {
    id: rel.id, type: type(rel),
    source: {id: startNode(rel).id, name: startNode(rel).name, type: startNode(rel).type},
    target: {id: endNode(rel).id, name: endNode(rel).name, type: endNode(rel).type},
    evidence: COLLECT { MATCH (x:Sentence) WHERE x.id IN rel.evidence RETURN x.text }
  }]
} AS path
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
