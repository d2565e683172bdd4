import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader } from '../../src/db/cypher-loader';
import { ENTITY_TYPE_INFO, ENTITY_TYPES } from '../../src/domain/ontology';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from '../../src/graph/model';
import { KNOWLEDGE_TYPES, knowledgeDegree } from '../../src/graph/statements/cypher-text';
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

  // The paths statement estimates and orders by entities' degrees through knowledgeDegree (all of
  // an entity's relationships less its mentions), several times cheaper than counting each relation
  // type by name; that holds while no writer links an entity by any other relationship type.
  it("counts an entity's knowledge relations from the degree store as it counts them by type", async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (e:Entity)
       RETURN e.id AS id, COUNT { (e)-[:${KNOWLEDGE_TYPES}]-() } AS byType, ${knowledgeDegree('e')} AS fromStore,
              COUNT { (e)-[:SUGGESTED]-() } AS suggested, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions
       ORDER BY id`,
      {},
      { database },
    );
    const rows = records.map((record) => record.toObject() as Record<string, unknown>);
    const count = (key: string) => rows.filter((row) => Number(row[key]) > 0).length;
    // The cases that make the difference: entities with suggestions, with mentions, with both.
    expect(count('suggested')).toBeGreaterThan(0);
    expect(count('mentions')).toBeGreaterThan(10);
    expect(rows.filter((row) => Number(row.suggested) > 0 && Number(row.mentions) > 0).length).toBeGreaterThan(0);
    expect(rows.map((row) => [row.id, Number(row.fromStore)])).toEqual(rows.map((row) => [row.id, Number(row.byType)]));
  });
});
