/**
 * Statements that return relations by entity or by id. Every statement that returns relations
 * projects them the one way toRelation reads them (relationList), with entities as ENTITY_COLUMNS
 * lists; each takes the Projection's three flags ($entityDetails, $relationDetails, $evidence) and
 * projects only what they ask for.
 */
import { RELATION_TYPE_NAMES } from '../../domain/ontology';
import {
  allEntityColumns,
  entityColumns,
  generatedHeader,
  keyBeyond,
  keyOrderBy,
  KNOWLEDGE_TYPES,
  RELATION_FILTER,
  relationList,
} from './cypher-text';

const HEADER = generatedHeader('relation.statements.ts');

/**
 * graph/entity-relations.cypher: entities by id, each with one page of its relations, a row each.
 * One row for an entity and its whole page was one large Bolt message, and the driver decodes the
 * strings of a message that spans several chunks one by one through a fresh StringDecoder over
 * every chunk: reading Russia's first 50 relations took the API 1.7 times the CPU it takes now.
 */
export function entityRelationsCypher(): string {
  const filter = `${RELATION_FILTER}
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))`;
  const relations = `MATCH (e)-[r:${KNOWLEDGE_TYPES}]-(other:Entity)
  WHERE ${filter}`;
  const key = ['typeKey', 'other.name', 'r.id'];
  const typeOrder = `[${[...RELATION_TYPE_NAMES]
    .sort()
    .map((type) => `'${type}'`)
    .join(', ')}]`;
  return `${HEADER}// For each entity id: the entity, the total number of its relations to other entities (optionally
// only some types, one direction; suggested relations only with $includeSuggested), and one page
// of them in the order (type, other end's name, id): after the key $after and before the key
// $before (lists, or null), the first $limit ($backward: the last, in reverse), each with both
// ends, its evidence sentences and its key. Unknown ids are left out. A row for the entity (whole,
// with the total), then a row for each relation of its page in the page's order: the driver reads
// many small records faster than one large one. The relations and their ends carry what
// $entityDetails, $relationDetails and $evidence ask (Projection in graph-records.ts).
// With $everyRelation (the filter keeps every relation: all types, both directions, every kind of
// statement, no suggestions), the total comes from the relationship degree store, without reading
// a relation (counting them took 0.3 s for a hub of 42,000 relations).
// The page is read type by type, in the page's order, each type's relations (and the suggested
// ones of that type) sorted apart, until the page is full: a hub's first page reads its first
// types only, where sorting all its relations took 0.6 s for 42,000.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  WITH e, CASE WHEN $everyRelation THEN COUNT { (e)-[:${RELATION_TYPE_NAMES.join('|')}]-() }
               ELSE COUNT {
                 ${relations.replace(/\n/g, '\n               ')}
               } END AS total
  RETURN ${allEntityColumns('e')} AS entity, total, null AS relation, null AS key
  UNION ALL
  WITH e
  UNWIND CASE WHEN $backward THEN reverse(${typeOrder})
              ELSE ${typeOrder} END AS typeKey
  WITH e, typeKey
  WHERE ($types IS NULL OR typeKey IN $types)
    AND ($after IS NULL OR typeKey >= $after[0])
    AND ($before IS NULL OR typeKey <= $before[0])
  CALL (e, typeKey) {
    CALL (e, typeKey) {
      MATCH (e)-[r:$(typeKey)]-(other:Entity)
      WHERE ${filter.replace(/\n/g, '\n    ')}
      RETURN r, other
      UNION ALL
      WITH e, typeKey WHERE $includeSuggested
      MATCH (e)-[r:SUGGESTED]-(other:Entity)
      WHERE r.relationType = typeKey
        AND ${filter.replace(/\n/g, '\n    ')}
      RETURN r, other
    }
    WITH r, other, typeKey
    WHERE ${keyBeyond(key, 'after', '>')}
      AND ${keyBeyond(key, 'before', '<')}
    WITH r, other ORDER BY ${keyOrderBy(key)} LIMIT $limit
    RETURN r, other
  }
  WITH r, other, typeKey LIMIT $limit
  WITH r, startNode(r) AS s, endNode(r) AS t, [typeKey, other.name, r.id] AS key
  RETURN null AS entity, null AS total, ${relationList('r', entityColumns('s'), entityColumns('t')).replace(/\n/g, '\n  ')} AS relation, key
}
RETURN id, entity, total, relation, key
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
