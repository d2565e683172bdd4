/**
 * Statements that write inside Neo4j what the storage model (src/graph/model) says, where the
 * values come from the graph itself rather than from the caller: the relationships drawn again
 * from suggestions and sentences after a reload, an accepted entity's mentions, and the graph's
 * version. Every other write takes property maps the model's encoders made.
 */
import { mentionCypher } from '../model/document.model';
import { DATASETS } from '../model/datasets';
import { acceptedEntityCypher, relationFromSuggestion } from '../model/suggestion.model';
import { timelineEntryCypher } from '../model/timeline-entry.model';
import { GRAPH_VERSION_ID, graphVersionCypher, SCHEMA_VERSION_ID, schemaVersionCypher } from '../model/system.model';
import { generatedHeader, indent } from './cypher-text';

const HEADER = generatedHeader('write.statements.ts');

/** A Cypher map of the given property expressions: `{key: expression, ...}`. */
function cypherMap(properties: Record<string, string | undefined>): string {
  const entries = Object.entries(properties).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return `{\n  ${entries.map(([key, expression]) => `${key}: ${expression}`).join(',\n  ')}\n}`;
}

/** The timeline entry of the relation `r` just drawn from suggestion `x` between `a` and `b`, when it is dated. */
function timelineEntry(suggested: boolean): string {
  const entry = timelineEntryCypher('r', 'a', 'b', 'x', {
    suggested,
    dataset: suggested ? DATASETS.suggested : DATASETS.reviewed,
  });
  return `WITH r, a, b, x
CALL (r, a, b, x) {
  WITH r, a, b, x WHERE x.spanFrom IS NOT NULL
  CREATE (t:TimelineEntry)
  SET t = ${indent(cypherMap(entry), 2).trimStart()}
}`;
}

/** documents/relink-suggested-relations: the SUGGESTED relationships of pending relation suggestions. */
export function relinkSuggestedRelationsCypher(): string {
  return `${HEADER}// Draws a SUGGESTED relationship for each pending relation suggestion whose two ends are known
// entities, for one document or all ($documentId null), where it is missing. It carries the
// suggested type, the evidence sentence and the date the sentence names (relationFromSuggestion in
// the suggestion model), so that queries asked to include suggestions can show it like a relation.
// Returns how many.
MATCH (x:Suggestion {kind: 'RELATION', status: 'PENDING'})
WHERE ($documentId IS NULL OR x.documentId = $documentId) AND x.sourceId IS NOT NULL AND x.targetId IS NOT NULL
MATCH (a:Entity {id: x.sourceId}), (b:Entity {id: x.targetId})
WHERE NOT EXISTS { (a)-[:SUGGESTED {suggestionId: x.id}]->(b) }
CREATE (a)-[r:SUGGESTED]->(b)
SET r = ${cypherMap(relationFromSuggestion('x', 'suggested'))}
${timelineEntry(true)}
RETURN count(r) AS relations
`;
}

/** documents/relink-accepted-relations: the relations accepted relation suggestions became. */
export function relinkAcceptedRelationsCypher(): string {
  return `${HEADER}// Draws the relation of each accepted relation suggestion, typed from the suggestion's relation
// type (written only from the ontology's whitelist), for one document or all ($documentId null),
// where it is missing: after acceptance, and after the curated graph is reloaded. Its properties:
// relationFromSuggestion in the suggestion model. Returns how many.
MATCH (x:Suggestion {kind: 'RELATION', status: 'ACCEPTED'})
WHERE ($documentId IS NULL OR x.documentId = $documentId)
MATCH (a:Entity {id: x.sourceId}), (b:Entity {id: x.targetId})
WHERE NOT EXISTS { (a)-[{fromSuggestion: x.id}]->(b) }
CREATE (a)-[r:$(x.relationType)]->(b)
SET r = ${cypherMap(relationFromSuggestion('x', 'reviewed'))}
${timelineEntry(false)}
RETURN count(r) AS relations
`;
}

/** Draws mention `i` of sentence `s` as a MENTIONED_IN relationship, unless it is drawn already. */
function drawMentionCypher(indent: string): string {
  return [
    'WITH s, s.mentionEntityIds[i] AS entityId, s.mentionStarts[i] AS start, s.mentionEnds[i] AS end',
    'MATCH (e:Entity {id: entityId})',
    'WHERE NOT EXISTS { (e)-[:MENTIONED_IN {start: start}]->(s) }',
    'CREATE (e)-[m:MENTIONED_IN]->(s)',
    `SET m = ${cypherMap(mentionCypher.properties('s', 'start', 'end')).replace(/\n/g, `\n${indent}`)}`,
  ]
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/** documents/relink-mentions: MENTIONED_IN relationships from the mention lists of ingested sentences. */
export function relinkMentionsCypher(): string {
  return `${HEADER}// Draws MENTIONED_IN relationships from the mention lists of ingested sentences, for one document
// ($documentId) or all ($documentId null), where they are missing: after an ingest, after an
// entity suggestion is accepted, and after the curated graph is reloaded. Returns how many.
MATCH (s:Sentence {dataset: 'ingested'})
WHERE ($documentId IS NULL OR s.documentId = $documentId) AND size(s.mentionEntityIds) > 0
UNWIND range(0, size(s.mentionEntityIds) - 1) AS i
${drawMentionCypher('')}
RETURN count(*) AS mentions
`;
}

/**
 * documents/relink-all-mentions: relink-mentions for every ingested sentence, committed 2,000
 * mentions at a time: after a reload of the curated graph there may be hundreds of
 * thousands to draw, more than one transaction may hold. Idempotent, so a run cut short is
 * finished by the next.
 */
export function relinkAllMentionsCypher(): string {
  return `${HEADER}// Draws the MENTIONED_IN relationships of every ingested sentence where they are missing, in
// transactions of 2,000 mentions (run it outside an explicit transaction). Returns how many.
MATCH (s:Sentence {dataset: 'ingested'})
WHERE size(s.mentionEntityIds) > 0
UNWIND range(0, size(s.mentionEntityIds) - 1) AS i
CALL (s, i) {
${drawMentionCypher('  ')}
  RETURN count(*) AS drawn
} IN TRANSACTIONS OF 2000 ROWS
RETURN sum(drawn) AS mentions
`;
}

/**
 * documents/unlink-curated-mentions: the MENTIONED_IN relationships from curated entities to
 * ingested sentences, removed 5,000 at a time before a reload deletes the entities: deleting
 * hundreds of thousands with them would take more memory than a transaction may hold. Their
 * sentences keep the mention lists, from which relink-all-mentions draws them again.
 */
export function unlinkCuratedMentionsCypher(): string {
  return `${HEADER}// Removes the MENTIONED_IN relationships from curated entities ($dataset) to ingested sentences,
// in transactions of 5,000 (run it outside an explicit transaction). Returns how many.
MATCH (:Entity {dataset: $dataset})-[m:MENTIONED_IN]->(:Sentence {dataset: 'ingested'})
CALL (m) {
  DELETE m
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS mentions
`;
}

/** documents/link-accepted-entity: what an entity accepted from a suggestion ties to. */
export function linkAcceptedEntityCypher(): string {
  return `${HEADER}// After an entity was created from an accepted entity suggestion ($suggestionId, $entityId): the
// suggestion records the entity it became, the entity's occurrences join the mention lists of
// their sentences, and pending relation suggestions that named it by name point to it. Returns
// the entity's id.
MATCH (x:Suggestion {id: $suggestionId}), (e:Entity {id: $entityId})
SET ${acceptedEntityCypher.became('x', 'e')}
WITH x, e
CALL (x, e) {
  UNWIND range(0, size(x.occurrenceSentenceIds) - 1) AS i
  MATCH (s:Sentence {id: x.occurrenceSentenceIds[i]})
  SET ${mentionCypher.append('s', 'e.id', 'x.occurrenceStarts[i]', 'x.occurrenceEnds[i]')}
}
CALL (x, e) {
  MATCH (y:Suggestion {kind: 'RELATION', status: 'PENDING'})
  WHERE ${acceptedEntityCypher.namedAsSource('y', 'x')}
  SET ${acceptedEntityCypher.isSource('y', 'e')}
}
CALL (x, e) {
  MATCH (y:Suggestion {kind: 'RELATION', status: 'PENDING'})
  WHERE ${acceptedEntityCypher.namedAsTarget('y', 'x')}
  SET ${acceptedEntityCypher.isTarget('y', 'e')}
}
RETURN e.id AS id
`;
}

/** setup/007-graph-version: the graph's version node, created once. */
export function graphVersionSetupCypher(): string {
  return `${HEADER}// The graph's version: one node whose counter every write (curated reload, ingest, review) raises
// in its own transaction, so that a changed graph changes every ETag and cached answer. The epoch
// tells a new database from an old one whose counter happens to match. Idempotent.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: '${GRAPH_VERSION_ID}'})
ON CREATE SET ${graphVersionCypher.create('v')};
`;
}

/** system/bump-graph-version: raises the graph's version inside a write transaction. */
export function bumpGraphVersionCypher(): string {
  return `${HEADER}// Raises the graph's version; run inside every write transaction, so the new version is visible
// exactly when what was written is. Returns the new version, "<epoch>:<counter>".
MERGE (v:GraphVersion {id: '${GRAPH_VERSION_ID}'})
ON CREATE SET ${graphVersionCypher.create('v')}
SET ${graphVersionCypher.raise('v')}
RETURN ${graphVersionCypher.value('v')} AS version
`;
}

/** system/schema-version and system/record-schema-version: which setup statements were applied last. */
export function schemaVersionStatements(): { read: string; record: string } {
  return {
    read: `${HEADER}// The hash of the setup statements applied last (see src/db/apply-migrations.ts); no row before
// the first time.
MATCH (s:SchemaVersion {id: '${SCHEMA_VERSION_ID}'})
RETURN ${schemaVersionCypher.value('s')} AS hash
`,
    record: `${HEADER}// Records the hash of the setup statements just applied ($hash).
MERGE (s:SchemaVersion {id: '${SCHEMA_VERSION_ID}'})
SET ${schemaVersionCypher.record('s', '$hash')}
`,
  };
}
