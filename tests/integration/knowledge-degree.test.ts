import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader } from '../../src/db/cypher-loader';
import { ingestDocument } from '../../src/ingest/ingest-document';
import { KNOWLEDGE_TYPES, knowledgeDegree } from '../../src/graph/statements/cypher-text';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';

const REPORT_TEXT = readFileSync(path.join(__dirname, '../fixtures/documents/amur-bericht.de.txt'), 'utf8');

/**
 * The paths statement estimates and orders by entities' degrees through knowledgeDegree (all of an
 * entity's relationships less its mentions), where counting each relation type by name is several
 * times slower. That holds only while an entity has no relationships of other types: on the curated
 * graph with an ingested document (suggestions and more mentions), both counts must agree.
 */
describe("an entity's knowledge degree", () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApiFixture();
    await ingestDocument(api.service.repositories, {
      id: 'knowledge-degree-check',
      title: 'Bericht',
      language: 'de',
      text: REPORT_TEXT,
    });
  }, 120_000);
  // The shared graph as the other suites expect it: curated data alone.
  afterAll(async () => {
    await api?.driver.executeQuery(
      new CypherLoader().load('documents/delete-ingested-data'),
      {},
      { database: api.service.connection.database },
    );
    await stopApiFixture(api);
  });

  it('is the number of its relations of the knowledge types, suggestions included, mentions not', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (e:Entity)
       RETURN e.id AS id, COUNT { (e)-[:${KNOWLEDGE_TYPES}]-() } AS byType, ${knowledgeDegree('e')} AS fromStore,
              COUNT { (e)-[:SUGGESTED]-() } AS suggested, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions
       ORDER BY id`,
      {},
      { database: api.service.connection.database },
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
