/**
 * Statements that read the whole graph, or the part an export's filters choose, in pages that
 * follow an index: entities in id order, and relations in the order of their source's id, then
 * their own. An export streams page after page and never holds the graph.
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

/** export/export-relations.cypher: one page of the relations an export writes. */
export function exportRelationsCypher(): string {
  return `${HEADER}// One page of the relations an export writes, in the order of their source's id, then their own:
// the $limit relations after the pair [source id, relation id] $after (null: from the first), both
// ends of the types $entityTypes (null: all), suggested ones only with $includeSuggested, and,
// when $from or $to (years) is given, only those dated within the years (an undated relation is
// then left out, as the explorer's year filter leaves it out). Each with its evidence sentences,
// its ends brief; \`last\` is the pair of the page's last relation (null when there was none), to
// page on from. The sources come in index order and only the last one's relations are sorted
// whole (PartialTop), so that a page costs about $limit relations, a hub's included.
MATCH (s:Entity)
WHERE s.id >= coalesce($after[0], '') AND ${ENTITY_FILTER('s')}
MATCH (s)-[r:${KNOWLEDGE_TYPES}]->(t:Entity)
WHERE (s.id > coalesce($after[0], '') OR r.id > $after[1])
  AND ($includeSuggested OR type(r) <> 'SUGGESTED')
  AND ${ENTITY_FILTER('t')}
  AND (($from IS NULL AND $to IS NULL)
    OR (r.startYearFrom IS NOT NULL
      AND ($to IS NULL OR r.startYearFrom <= $to)
      AND ($from IS NULL OR coalesce(r.endYearTo, r.startYearTo) >= $from)))
WITH s, r, t ORDER BY s.id, r.id LIMIT $limit
RETURN collect(${relationList('r', columnList('s', BRIEF_ENTITY_COLUMNS), columnList('t', BRIEF_ENTITY_COLUMNS), { claimant: false })}) AS relations,
  collect([s.id, r.id])[-1] AS last
`;
}
