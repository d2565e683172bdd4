import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import { QueryRunner } from '../../src/db/run-query';
import { CurationRepository } from '../../src/graph/curation.repository';
import { DATASETS } from '../../src/graph/model';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import { curatedFilesVersion } from '../../src/ingest/curated-files-version';
import { ensureCuratedGraph } from '../../src/ingest/ensure-curated-graph';
import { LeaseRepository } from '../../src/graph/lease.repository';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

const CURATED_DATASET = DATASETS.curated;

/** What the database holds, counted in the graph itself rather than taken from the loader. */
async function countGraph(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity {dataset: $dataset}) WITH count(e) AS entities
     MATCH (s:Sentence {dataset: $dataset}) WITH entities, count(s) AS sentences
     MATCH (:Entity {dataset: $dataset})-[r]->(:Entity {dataset: $dataset}) WITH entities, sentences, count(r) AS relations
     MATCH (:Entity {dataset: $dataset})-[m:MENTIONED_IN]->(:Sentence) WITH entities, sentences, relations, count(m) AS mentions
     MATCH (d:Dataset {id: $dataset})
     RETURN entities, sentences, relations, mentions, count(d) AS markers`,
    { dataset: CURATED_DATASET },
    { database },
  );
  const record = records[0]!;
  return Object.fromEntries(record.keys.map((key) => [key, Number(record.get(key))]));
}

describe('loading the curated graph into Neo4j', () => {
  const { database } = testNeo4jConnection();
  const cypher = new CypherLoader();
  const { graph } = buildCuratedGraph();
  const version = curatedFilesVersion();
  let driver: Driver;
  let curation: CurationRepository;
  let leases: LeaseRepository;
  const loadCuratedGraph = (loaded = graph, options?: Parameters<CurationRepository['load']>[2]) =>
    curation.load(loaded, version, options);

  beforeAll(async () => {
    driver = testDriver();
    curation = new CurationRepository(new QueryRunner(driver, cypher, database));
    leases = new LeaseRepository(new QueryRunner(driver, cypher, database));
    await applyMigrations(driver, cypher, database);
  });
  afterAll(() => driver.close());

  it('writes the whole graph, and the same graph again on a second run', async () => {
    const first = await loadCuratedGraph();
    const afterFirst = await countGraph(driver, database);
    const second = await loadCuratedGraph();
    const afterSecond = await countGraph(driver, database);

    expect(second).toEqual(first);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterFirst).toEqual({
      entities: graph.entities.length,
      sentences: graph.documents[0]!.sentences.length,
      // MENTIONED_IN ends at sentences, so entity-to-entity relations are the curated ones only.
      relations: graph.relations.length,
      mentions: graph.mentions.length,
      markers: 1,
    });
  });

  it('keeps the previous graph intact when a load fails part-way', async () => {
    await loadCuratedGraph();
    const before = await countGraph(driver, database);
    const smaller = { ...graph, entities: graph.entities.slice(0, 10), relations: [], mentions: [] };

    const failing = loadCuratedGraph(smaller, {
      onStep: (step) => {
        if (step === 'entities') throw new Error('injected failure after the entities were written');
      },
    });
    await expect(failing).rejects.toThrow('injected failure');

    expect(await countGraph(driver, database)).toEqual(before);
    expect((await curation.loaded())?.version).toBe(version);
  });

  it('stores evidence, dates and properties on the relations', async () => {
    await loadCuratedGraph();
    const { records } = await driver.executeQuery(
      `MATCH (:Entity {id: 'qing-china'})-[r:CEDED]->(:Entity {id: 'amur-left-bank'})
       MATCH (s:Sentence) WHERE s.id IN r.evidence
       RETURN r.treaty AS treaty, r.recipient AS recipient, r.startIso AS iso, r.startPrecision AS precision,
              r.inferred AS inferred, r.quotes AS quotes, collect(s.text) AS sentences`,
      {},
      { database },
    );
    const record = records[0]!.toObject();
    expect(record).toMatchObject({
      treaty: 'treaty-of-aigun',
      recipient: 'russia',
      iso: '1858-05-16',
      precision: 'DAY',
    });
    expect(record.inferred).toBe(false);
    for (const quote of record.quotes as string[]) {
      expect((record.sentences as string[]).some((sentence) => sentence.includes(quote))).toBe(true);
    }
  });

  it('labels entities by type and finds them by name in the full-text index', async () => {
    await loadCuratedGraph();
    const { records } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('entity_names', 'Murawjow') YIELD node
       RETURN node.id AS id, labels(node) AS labels LIMIT 1`,
      {},
      { database },
    );
    expect(records[0]?.get('id')).toBe('muravyov');
    expect(records[0]?.get('labels')).toEqual(expect.arrayContaining(['Entity', 'Person']));
  });

  it('loads at start-up only when the graph lacks the current version', async () => {
    const log: string[] = [];
    await driver.executeQuery(
      'MATCH (d:Dataset {id: $dataset}) SET d.version = $old',
      { dataset: CURATED_DATASET, old: 'older' },
      { database },
    );
    expect((await ensureCuratedGraph({ curation, leases }, (line) => log.push(line))).loaded).toBe(true);
    expect(log[0]).toMatch(/^Curated data changed/);
    expect((await ensureCuratedGraph({ curation, leases }, (line) => log.push(line))).loaded).toBe(false);
  });
});
