/**
 * Every generated statement, by the name the Cypher loader knows it by: `generated/<concern>/<name>`,
 * written to cypher/generated/ by `npm run generate` and checked for drift by
 * `npm run check:generated` (see cypher/README.md).
 */
import { entitiesPageCypher } from './entity.statements';
import { exportEntitiesCypher, exportRelationsCypher } from './export.statements';
import { entityRelationsCypher, entityRelationsWrittenOutCypher, relationsByIdCypher } from './relation.statements';
import { graphStatsCypher } from './stats.statements';
import { neo4jGraphqlTimelineCypher, timelineCypher, timelineIndexesCypher } from './timeline.statements';
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  neighbourhoodCypher,
  neo4jGraphqlShortestPathsCypher,
  shortestPathsCypher,
} from './traversal.statements';
import {
  bumpGraphVersionCypher,
  graphVersionSetupCypher,
  linkAcceptedEntityCypher,
  relinkAcceptedRelationsCypher,
  relinkAllMentionsCypher,
  relinkMentionsCypher,
  unlinkCuratedMentionsCypher,
  relinkSuggestedRelationsCypher,
  schemaVersionStatements,
} from './write.statements';

export interface GeneratedStatement {
  /** The loader's name: `generated/graph/timeline` is cypher/generated/graph/timeline.cypher. */
  name: string;
  content: string;
}

export function generatedStatements(): GeneratedStatement[] {
  return [
    { name: 'generated/setup/006-timeline-indexes', content: timelineIndexesCypher() },
    { name: 'generated/setup/007-graph-version', content: graphVersionSetupCypher() },
    { name: 'generated/graph/timeline', content: timelineCypher('forward', 'every') },
    { name: 'generated/graph/timeline-backward', content: timelineCypher('backward', 'every') },
    { name: 'generated/graph/timeline-of-lanes', content: timelineCypher('forward', 'chosen') },
    { name: 'generated/graph/timeline-of-lanes-backward', content: timelineCypher('backward', 'chosen') },
    { name: 'generated/graph/entities-page', content: entitiesPageCypher('forward', false) },
    { name: 'generated/graph/entities-page-backward', content: entitiesPageCypher('backward', false) },
    { name: 'generated/graph/entities-of-type-page', content: entitiesPageCypher('forward', true) },
    { name: 'generated/graph/entities-of-type-page-backward', content: entitiesPageCypher('backward', true) },
    { name: 'generated/graph/neighbourhood', content: neighbourhoodCypher(MAX_NEIGHBOURHOOD_DEPTH) },
    { name: 'generated/graph/entity-relations', content: entityRelationsCypher() },
    { name: 'generated/graph/entity-relations-written-out', content: entityRelationsWrittenOutCypher() },
    { name: 'generated/graph/relations-by-id', content: relationsByIdCypher() },
    { name: 'generated/graph/graph-stats', content: graphStatsCypher() },
    { name: 'generated/export/export-entities', content: exportEntitiesCypher() },
    { name: 'generated/export/export-relations', content: exportRelationsCypher() },
    { name: 'generated/graph/shortest-paths-1', content: shortestPathsCypher(1) },
    { name: 'generated/graph/shortest-paths', content: shortestPathsCypher('first') },
    { name: 'generated/bench/neo4j-graphql-shortest-paths', content: neo4jGraphqlShortestPathsCypher() },
    { name: 'generated/bench/neo4j-graphql-timeline', content: neo4jGraphqlTimelineCypher() },
    { name: 'generated/documents/relink-mentions', content: relinkMentionsCypher() },
    { name: 'generated/documents/relink-all-mentions', content: relinkAllMentionsCypher() },
    { name: 'generated/documents/unlink-curated-mentions', content: unlinkCuratedMentionsCypher() },
    { name: 'generated/documents/relink-suggested-relations', content: relinkSuggestedRelationsCypher() },
    { name: 'generated/documents/relink-accepted-relations', content: relinkAcceptedRelationsCypher() },
    { name: 'generated/documents/link-accepted-entity', content: linkAcceptedEntityCypher() },
    { name: 'generated/system/bump-graph-version', content: bumpGraphVersionCypher() },
    { name: 'generated/system/schema-version', content: schemaVersionStatements().read },
    { name: 'generated/system/record-schema-version', content: schemaVersionStatements().record },
  ];
}
