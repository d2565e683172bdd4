import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader } from '../../src/db/cypher-loader';
import { ENTITY_TYPE_INFO, ENTITY_TYPES } from '../../src/domain/ontology';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from '../../src/graph/model';
import { ingestDocument } from '../../src/ingest/ingest-document';
import { reviewSuggestion } from '../../src/ingest/review-suggestion';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';
import { testNeo4jConnection } from '../helpers/test-neo4j';

const REPORT_TEXT = readFileSync(path.join(__dirname, '../fixtures/documents/amur-bericht.de.txt'), 'utf8');

/** The entity type labels (Person, Place, ...) carry the Entity model's properties. */
const LABEL_MODEL: Record<string, string> = {
  ...Object.fromEntries(ENTITY_TYPES.map((type) => [ENTITY_TYPE_INFO[type].label, 'Entity'])),
  ...Object.fromEntries(Object.keys(NODE_PROPERTIES).map((label) => [label, label])),
};

/**
 * What the graph holds against what the storage model declares: every writer (the curated load,
 * an ingest, accepting an entity and a relation, rejecting) has written, then every property of
 * every node and relationship must be one its kind's model declares.
 */
describe('the storage model', () => {
  let api: ApiFixture;
  const { database } = testNeo4jConnection();
  const cypher = new CypherLoader();
  const deleteIngested = () => api.driver.executeQuery(cypher.load('documents/delete-ingested-data'), {}, { database });

  beforeAll(async () => {
    api = await startApiFixture();
    await deleteIngested();
    const { repositories } = api.service;
    await ingestDocument(repositories, { id: 'model-check', title: 'Bericht', language: 'de', text: REPORT_TEXT });
    const pending = await repositories.suggestions.list('model-check', 'PENDING', 500);
    const entity = pending.find((s) => s.kind === 'ENTITY' && s.name === 'Ust-Seja');
    const relation = pending.find((s) => s.kind === 'RELATION' && s.sourceId !== null && s.targetId !== null);
    const other = pending.find((s) => s.kind === 'ENTITY' && s !== entity);
    if (!entity || !relation || !other)
      throw new Error('the fixture text no longer gives the suggestions this test reviews');
    await reviewSuggestion(repositories, { id: entity.id, decision: 'ACCEPT', reviewer: 'model test' });
    await reviewSuggestion(repositories, { id: relation.id, decision: 'ACCEPT', note: 'checked' });
    await reviewSuggestion(repositories, { id: other.id, decision: 'REJECT' });
  }, 120_000);
  afterAll(async () => {
    await deleteIngested();
    await stopApiFixture(api);
  });

  it('declares every property of every node the writers wrote', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key RETURN label, collect(DISTINCT key) AS keys',
      {},
      { database },
    );
    const found = new Map(records.map((record) => [record.get('label') as string, record.get('keys') as string[]]));
    // Every kind of node was written, so the check below covers them all.
    expect([...found.keys()].sort()).toEqual(expect.arrayContaining(['Document', 'Entity', 'Sentence', 'Suggestion']));
    const undeclared = [...found].flatMap(([label, keys]) => {
      const model = LABEL_MODEL[label];
      if (!model) return [`label ${label} is in no model`];
      return keys.filter((key) => !NODE_PROPERTIES[model]!.includes(key)).map((key) => `${label}.${key}`);
    });
    expect(undeclared).toEqual([]);
  });

  it('declares every property of every relationship the writers wrote', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH ()-[r]->() UNWIND keys(r) + [null] AS key RETURN type(r) AS type, collect(DISTINCT key) AS keys',
      {},
      { database },
    );
    const found = new Map(records.map((record) => [record.get('type') as string, record.get('keys') as string[]]));
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['SUGGESTED', 'MENTIONED_IN', 'HAS_SENTENCE', 'HAS_SUGGESTION', 'SIGNED']),
    );
    const undeclared = [...found].flatMap(([type, keys]) => {
      const declared = RELATIONSHIP_PROPERTIES[type];
      if (!declared) return [`relationship type ${type} is in no model`];
      return keys.filter((key) => !declared.includes(key)).map((key) => `${type}.${key}`);
    });
    expect(undeclared).toEqual([]);
  });
});
