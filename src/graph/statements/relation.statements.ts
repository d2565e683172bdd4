/**
 * Statements that return relations by entity or by id. Every statement that returns relations
 * projects them the one way toRelation reads them (relationList), with entities as ENTITY_COLUMNS
 * lists; each takes the Projection's three flags ($entityDetails, $relationDetails, $evidence) and
 * projects only what they ask for; an entity's relations are counted only when $totals asks.
 */
import { RELATION_TYPE_NAMES } from '../../domain/ontology';
import {
  allEntityColumns,
  entityColumns,
  generatedHeader,
  keyBeyond,
  keyOrderBy,
  kindFilter,
  KNOWLEDGE_TYPES,
  parameter,
  relationFilter,
  relationList,
  RELATION_TYPES_PATTERN,
} from './cypher-text';

const HEADER = generatedHeader('relation.statements.ts');

/**
 * Relations beyond which an entity's page is read by entity-relations-written-out (see
 * entityRelationsCypher), at the cost of a second statement. Measured at a million entities, the
 * first page of 100 (p50 of 40, one statement against the two): entities of 500-1,000 relations
 * 15.4 against 15.6 ms, 1,000-2,000 11.5 against 14.5, 2,000-4,000 19.0 against 14.7; the ten
 * hubs (9,000-42,675) 78.7 against 28.5.
 */
export const MANY_RELATIONS = 2000;

/** Parameters of the entity-relations statements, from the map $page (see entityRelationsCypher). */
const page = (name: string) => parameter(name, 'page');
const DIRECTION = `(${page('direction')} = 'BOTH' OR (${page('direction')} = 'OUT') = (startNode(r) = e))`;
const SORT_KEY = ['typeKey', 'other.name', 'r.id'];
const SORTED_TYPES = [...RELATION_TYPE_NAMES].sort();

/**
 * One page of one type's relations of `e` (or of the suggested ones of that type), sorted apart.
 * The branch's type (and, for suggested ones, the type they suggest) is one $page.types allows
 * (typeKey, in relationPages) and suggested ones are read only when asked: what is left of the
 * filter is the kinds of statement and the direction.
 */
function pageOfType(match: string, where: string[]): string {
  return `${match}
      WHERE ${[...where, kindFilter('r', 'page'), DIRECTION, keyBeyond(SORT_KEY, 'after', '>', 'page'), keyBeyond(SORT_KEY, 'before', '<', 'page')].join('\n        AND ')}
      WITH r, other ORDER BY ${keyOrderBy(SORT_KEY, 'page')} LIMIT ${page('limit')}
      RETURN r, other`;
}

/**
 * The rows of the page of `e`'s relations, each with its key (after `otherColumns`): read type by
 * type in the page's order, each type's page by one of `branches` (which yield `r` and `other` for
 * `e` and `typeKey`), until the page is full.
 */
function relationPages(branches: string[], otherColumns = ''): string {
  const typeOrder = `[${SORTED_TYPES.map((type) => `'${type}'`).join(', ')}]`;
  const suggested = pageOfType(
    `WITH e, typeKey WHERE ${page('includeSuggested')}\n      MATCH (e)-[r:SUGGESTED]-(other:Entity)`,
    ['r.relationType = typeKey'],
  );
  return `UNWIND CASE WHEN ${page('backward')} THEN reverse(${typeOrder})
              ELSE ${typeOrder} END AS typeKey
  WITH e, typeKey
  WHERE (${page('types')} IS NULL OR typeKey IN ${page('types')})
    AND (${page('after')} IS NULL OR typeKey >= ${page('after')}[0])
    AND (${page('before')} IS NULL OR typeKey <= ${page('before')}[0])
  CALL (e, typeKey) {
    CALL (e, typeKey) {
      ${[...branches, suggested].join('\n      UNION ALL\n      ')}
    }
    WITH r, other, typeKey ORDER BY ${keyOrderBy(SORT_KEY, 'page')} LIMIT ${page('limit')}
    RETURN r, other
  }
  WITH r, other, typeKey LIMIT ${page('limit')}
  WITH r, startNode(r) AS s, endNode(r) AS t, [typeKey, other.name, r.id] AS key
  RETURN ${otherColumns}${relationList('r', entityColumns('s'), entityColumns('t')).replace(/\n/g, '\n  ')} AS relation, key`;
}

const ENTITY_RELATIONS_REQUEST = `// The request is the map $page: ids, types (or null), direction, includeSuggested, assertions,
// everyRelation, the keys after and before (lists, or null), backward and limit: the first
// \`limit\` after \`after\` and before \`before\` (backward: the last, in reverse), in the order
// (type, other end's name, id). Neo4j plans a statement anew for each size class of a list or
// string parameter (one id or fifty, a key or none): a map's type does not hold its values'
// sizes, so that one plan serves every request. The relations and their ends carry what
// $entityDetails, $relationDetails and $evidence ask (Projection in graph-records.ts). A row for
// each relation of a page, in the page's order: the driver reads many small records faster than
// one large one.
// The page is read type by type, each type's relations (and the suggested ones of that type)
// sorted apart, until it is full: a hub's first page reads its first types only, where sorting all
// its relations took 0.6 s for 42,000.
`;

/**
 * graph/entity-relations.cypher: entities by id, each with one page of its relations, a row each,
 * but for entities of more than MANY_RELATIONS: their pages come from
 * graph/entity-relations-written-out.cypher. One row for an entity and its whole page was one
 * large Bolt message, and the driver decodes the strings of a message that spans several chunks
 * one by one through a fresh StringDecoder over every chunk: reading Russia's first 50 relations
 * took the API 1.7 times the CPU it takes now.
 */
export function entityRelationsCypher(): string {
  const relations = `MATCH (e)-[r:${KNOWLEDGE_TYPES}]-(other:Entity)
  WHERE ${relationFilter('r', 'page')}
    AND ${DIRECTION}`;
  return `${HEADER}// For each entity id: the entity, the total number of its relations to other entities (optionally
// only some types, one direction; suggested relations only when asked; null unless $totals asks for
// it, as counting reads every relation the filter keeps), whether it has many
// (below), and, if not, one page of them, each with both ends, its evidence sentences and its
// key. Unknown ids are left out. A row for the entity (whole, with the total), then a row for each
// relation.
${ENTITY_RELATIONS_REQUEST}// With everyRelation (the filter keeps every relation: all types, both directions, every kind of
// statement, no suggestions), the total is the entity's degree, read from the relationship degree
// store without reading a relation (counting them took 0.3 s for a hub of 42,000 relations); the
// degree also tells whether it has many.
// The type is given as a value ($(typeKey)), which expands every relation of the entity and then
// filters them (Neo4j 5.26): cheap for a few hundred, not for a hub's 42,675 (to find its 5,271 of
// the first type). The pages of entities of more than ${MANY_RELATIONS} relations (\`many\`) come from
// entity-relations-written-out, which writes each type out: both ways in one statement made every
// other page slower (p50 +0.7-0.9 ms for entities of under 50 relations, which never took the
// written-out branches; +0.2 ms with 4 branches instead of 35).
UNWIND ${page('ids')} AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)-[:${RELATION_TYPES_PATTERN}]-() } AS degree
CALL (e, degree) {
  WITH e, CASE WHEN NOT $totals THEN null
               WHEN ${page('everyRelation')} THEN degree
               ELSE COUNT {
                 ${relations.replace(/\n/g, '\n               ')}
               } END AS total
  RETURN ${allEntityColumns('e')} AS entity, total, null AS relation, null AS key
  UNION ALL
  WITH e WHERE degree <= ${MANY_RELATIONS}
  ${relationPages([pageOfType(`MATCH (e)-[r:$(typeKey)]-(other:Entity)`, [])], 'null AS entity, null AS total, ')}
}
RETURN id, entity, total, degree > ${MANY_RELATIONS} AS many, relation, key
`;
}

/**
 * graph/entity-relations-written-out.cypher: for entities of more than MANY_RELATIONS, one page of
 * their relations as entity-relations gives it, read through a branch for each type.
 */
export function entityRelationsWrittenOutCypher(): string {
  const branches = SORTED_TYPES.map((type) =>
    pageOfType(`WITH e, typeKey WHERE typeKey = '${type}'\n      MATCH (e)-[r:${type}]-(other:Entity)`, []),
  );
  return `${HEADER}// For each entity id, one page of its relations, each with both ends, its evidence sentences and
// its key, as graph/entity-relations.cypher reads them for entities of a few relations (the
// entity itself and its total come from there). Unknown ids are left out.
${ENTITY_RELATIONS_REQUEST}// Each type has a branch of its own, with the type written out, which reads that type's relations
// only: a type given as a value ($(typeKey)) expands every relation of the entity and then
// filters them (Neo4j 5.26), all 42,675 of a hub to find its 5,271 of the first type. Each branch
// keeps its first \`limit\`, so that at most that many rows pass through the unions above it (a row
// is copied by each), and the union is sorted again.
UNWIND ${page('ids')} AS id
MATCH (e:Entity {id: id})
CALL (e) {
  ${relationPages(branches)}
}
RETURN id, relation, key
`;
}

/**
 * graph/relations-by-id.cypher: relations by id, found from their source entity: the first part of
 * a curated id (source--TYPE--target[--name]), or the source of the suggestion that a reviewed or
 * suggested relation's id names ("reviewed:<id>", "suggested:<id>"). Relations have no index of
 * their own across types.
 */
export function relationsByIdCypher(): string {
  return `${HEADER}// The relations with the given ids (unknown ids are left out, suggested ones included), each
// found from its source entity: the first part of a curated id (source--TYPE--target[--name]), or
// the source of the suggestion a reviewed or suggested relation's id names. Each with both ends
// and its evidence sentences, as much of them as $entityDetails, $relationDetails and $evidence ask.
UNWIND $ids AS id
WITH id, CASE
  WHEN id STARTS WITH 'reviewed:' THEN substring(id, size('reviewed:'))
  WHEN id STARTS WITH 'suggested:' THEN substring(id, size('suggested:'))
END AS suggestionId
OPTIONAL MATCH (x:Suggestion {id: suggestionId})
WITH id, coalesce(x.sourceId, split(id, '--')[0]) AS sourceId
MATCH (s:Entity {id: sourceId})-[r:${KNOWLEDGE_TYPES}]->(t:Entity)
WHERE r.id = id
RETURN ${relationList('r', entityColumns('s'), entityColumns('t'))} AS relation
`;
}
