/**
 * Statements that read the whole graph, or the part an export's filters choose, in pages that
 * follow an index: entities in id order, and the relations of the source entities of each page of
 * ids. An export streams page after page and never holds the graph.
 */
import { columnList, generatedHeader, KNOWLEDGE_TYPES, relationList } from './cypher-text';
import { BRIEF_ENTITY_COLUMNS } from '../model/entity.model';

const HEADER = generatedHeader('export.statements.ts');

/** What an export keeps of entity `e`: the types asked for ($entityTypes, null for all). */
const ENTITY_FILTER = ($e: string) => `($entityTypes IS NULL OR ${$e}.type IN $entityTypes)`;

/** export/export-entities.cypher: one page of the entities an export writes. */
export function exportEntitiesCypher(): string {
  return `${HEADER}// One page of the entities an export writes, in id order: those after the id $after (null: from
// the first) of the types $entityTypes (null: all), the first $limit, with all their properties.
MATCH (e:Entity)
WHERE e.id > coalesce($after, '') AND ${ENTITY_FILTER('e')}
WITH e ORDER BY e.id LIMIT $limit
RETURN properties(e) AS entity
`;
}

/** export/export-relations.cypher: the relations of one page of source entities. */
export function exportRelationsCypher(): string {
  return `${HEADER}// The relations an export writes from one page of source entities: the $limit entities after the
// id $after (null: from the first), in id order, and the relations from them to entities, both
// ends of the types $entityTypes (null: all), suggested ones only with $includeSuggested, and,
// when $from or $to (years) is given, only those dated within the years (an undated relation is
// then left out, as the explorer's year filter leaves it out). Each with its evidence sentences,
// its ends brief; \`last\` is the page's last entity id (null when there was none), to page on from.
MATCH (s:Entity)
WHERE s.id > coalesce($after, '')
WITH s ORDER BY s.id LIMIT $limit
WITH collect(s) AS sources
CALL (sources) {
  UNWIND sources AS s
  MATCH (s)-[r:${KNOWLEDGE_TYPES}]->(t:Entity)
  WHERE ($includeSuggested OR type(r) <> 'SUGGESTED')
    AND ${ENTITY_FILTER('s')} AND ${ENTITY_FILTER('t')}
    AND (($from IS NULL AND $to IS NULL)
      OR (r.startYearFrom IS NOT NULL
        AND ($to IS NULL OR r.startYearFrom <= $to)
        AND ($from IS NULL OR coalesce(r.endYearTo, r.startYearTo) >= $from)))
  WITH s, r, t ORDER BY s.id, r.id
  RETURN collect(${relationList('r', columnList('s', BRIEF_ENTITY_COLUMNS), columnList('t', BRIEF_ENTITY_COLUMNS))}) AS relations
}
RETURN sources[-1].id AS last, relations
`;
}
