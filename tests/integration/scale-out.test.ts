import { CypherLoader } from '../../src/db/cypher-loader';
import { DATASETS } from '../../src/graph/model';
import { postQuery } from '../helpers/api-fixture';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';
import { startService, type RunningService } from '../helpers/start-service';

const TOKEN = 'scale-out-test-token-0123456789';

/**
 * Three API processes as `npm start` runs them, started together on one Neo4j whose curated data
 * is out of date: they load it once between them, answer alike (one through the routing scheme
 * neo4j://), and a write through one is seen by the others' kept answers within a second.
 */
describe('several API processes on one Neo4j', () => {
  const driver = testDriver();
  const { database, uri } = testNeo4jConnection();
  const cypher = new CypherLoader();
  let services: RunningService[] = [];

  beforeAll(async () => {
    // As after a change of the curated files: every process that starts finds the graph outdated.
    await driver.executeQuery(
      'MATCH (d:Dataset {id: $dataset}) SET d.version = $old',
      { dataset: DATASETS.curated, old: 'older' },
      { database },
    );
    services = await Promise.all([
      startService({ KG_ADMIN_TOKEN: TOKEN }),
      startService({ NEO4J_URI: uri.replace(/^bolt:/, 'neo4j:') }),
      startService(),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await driver.executeQuery(cypher.load('documents/delete-ingested-data'), {}, { database });
    await driver.close();
  });

  it('loads the curated data once, the others waiting for it', () => {
    const outputs = services.map((service) => service.run.stdout());
    const loads = outputs.filter((output) => /^Loaded \d+ entities/m.test(output));
    expect(loads).toHaveLength(1);
    const waited = outputs.filter((output) =>
      /^Another process \(.+\) is loading the curated data; waiting for it\.\.\.$/m.test(output),
    );
    // Started together, the two others find the load under way (or, started late, already done).
    expect(waited.length + loads.length).toBeGreaterThanOrEqual(2);
    for (const service of services) expect(service.run.stderr()).toBe('');
  });

  it('answers alike from every process, over bolt:// and neo4j://', async () => {
    const queries = [
      '{ stats { entities relations } }',
      '{ resolve(name: "Murawjow", first: 3) { id name } }',
      '{ paths(from: "nevelskoy", to: "treaty-of-aigun", maxHops: 4, first: 5) { length nodes { id } } }',
      '{ timeline(from: "1858", to: "1858", first: 20) { edges { node { label } } } }',
    ];
    for (const query of queries) {
      const answers = await Promise.all(services.map((service) => postQuery(service.baseUrl, query)));
      expect(answers[0]!.body.errors).toBeUndefined();
      expect(answers[0]!.body.data).not.toBeNull();
      for (const answer of answers.slice(1)) expect(answer.body).toEqual(answers[0]!.body);
    }
  });

  it('stops serving kept answers in every process within a second of a write through one', async () => {
    const documents = '{ documents(first: 100) { id } }';
    const ids = async (service: RunningService) => {
      const response = await fetch(`${service.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: documents }),
      });
      const body = (await response.json()) as { data: { documents: { id: string }[] } };
      return { cache: response.headers.get('x-cache'), ids: body.data.documents.map((document) => document.id) };
    };
    for (const service of services) {
      await ids(service);
      const again = await ids(service);
      expect(again.cache).toBe('hit');
      expect(again.ids).not.toContain('scale-out-note');
    }
    const written = await postQuery(
      services[0]!.baseUrl,
      'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sentences } }',
      {
        input: {
          id: 'scale-out-note',
          title: 'Eine Notiz',
          language: 'de',
          text: 'Newelskoi erreichte 1849 die Mündung des Amur.',
        },
      },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(written.body.errors).toBeUndefined();
    const after = performance.now();
    const seenAfter = await Promise.all(
      services.map(async (service) => {
        while (performance.now() - after < 5_000) {
          if ((await ids(service)).ids.includes('scale-out-note')) return performance.now() - after;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return Infinity;
      }),
    );
    // The writer at once; the others at their next read of the graph's version (every 0.5 s).
    expect(seenAfter[0]).toBeLessThan(200);
    for (const ms of seenAfter) expect(ms).toBeLessThan(1_000);
    console.log(`a write through one process seen after ${seenAfter.map((ms) => Math.round(ms)).join(', ')} ms`);
  });
});
