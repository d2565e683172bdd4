/**
 * The graph's counts. Relations are counted over their types spelt out, so that no entity's
 * mentions (MENTIONED_IN, hundreds of thousands after a few ingests) are expanded; labels are
 * counted from Neo4j's count store.
 */
import { generatedHeader, RELATION_TYPES_PATTERN } from './cypher-text';

/** generated/graph/graph-stats.cypher: entities, relations, documents, sentences; entities and relations by type. */
export function graphStatsCypher(): string {
  const relations = `MATCH (:Entity)-[r:${RELATION_TYPES_PATTERN}]->(:Entity)`;
  return `${generatedHeader('stats.statements.ts')}// Counts of the whole graph: entities, relations between entities (suggestions left out),
// documents and sentences, and entities and relations by type.
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL {
  ${relations}
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN sum(count) AS relations, collect({type: type, count: count}) AS relationsByType
}
RETURN entities, relations, documents, sentences, entitiesByType, relationsByType
`;
}
