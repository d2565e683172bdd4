import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

describe('applyMigrations', () => {
  let driver: Driver;
  const { database } = testNeo4jConnection();
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  async function schemaNames(): Promise<string[]> {
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
    const indexes = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name",
      {},
      { database },
    );
    return [...constraints.records, ...indexes.records].map((record) => record.get('name') as string).sort();
  }

  it('applies every setup file in order, and again without change', async () => {
    const cypher = new CypherLoader();
    const applied = await applyMigrations(driver, cypher, database);
    // The hand-written and the generated setup files, in the order of their file names.
    expect(applied).toEqual([
      'setup/001-constraints',
      'setup/002-indexes',
      'setup/003-knowledge-graph',
      'setup/004-api-search',
      'setup/005-documents',
      'generated/setup/006-timeline-indexes',
      'generated/setup/007-graph-version',
      'setup/008-leases',
      'setup/009-link-keys',
    ]);
    expect([...cypher.list('setup'), ...cypher.list('generated/setup')].sort()).toEqual([...applied].sort());
    const after = await schemaNames();
    expect(after).toEqual(
      expect.arrayContaining([
        'document_id',
        'entity_id',
        'entity_link_keys',
        'entity_type',
        'sentence_document',
        'sentence_id',
        'graph_version_id',
        'lease_id',
        'timeline_entry_key',
        'timeline_entry_lane_key',
        'timeline_entry_running',
      ]),
    );

    await applyMigrations(driver, cypher, database);
    expect(await schemaNames()).toEqual(after);
  });
});
