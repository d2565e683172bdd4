import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import { QueryRunner } from '../../src/db/run-query';
import { EntityRepository } from '../../src/graph/entity.repository';
import { firstPage, type PageRequest } from '../../src/graph/keyset-page';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

/**
 * The entity list reads its index in name order (see entity.statements.ts): names that begin with
 * characters beyond the first Unicode plane sort after every other in the index, and a seek bounded
 * by "\uffff" left them out.
 */
describe('the entity list', () => {
  let driver: Driver;
  let entities: EntityRepository;
  const { database } = testNeo4jConnection();
  const names = ['Amur-Testschiff', '（Klammer', '😀 Schiff', '𠀀 Schiff'];

  beforeAll(async () => {
    driver = testDriver();
    const cypher = new CypherLoader();
    await applyMigrations(driver, cypher, database);
    entities = new EntityRepository(new QueryRunner(driver, cypher, database));
    await driver.executeQuery(
      "UNWIND range(0, size($names) - 1) AS i CREATE (:Entity {id: 'entity-list-test-' + i, name: $names[i], type: 'SHIP', dataset: 'entity-list-test'})",
      { names },
      { database },
    );
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (e:Entity {dataset: 'entity-list-test'}) DELETE e", {}, { database });
    await driver.close();
  });

  /**
   * Every entity of the type (or of all), page by page, as a client pages in `direction`; the
   * first page counts them (totals: ours at least, as other suites write beside this one), the
   * others do not and give no total.
   */
  async function everyOne(type: 'SHIP' | null, direction: PageRequest['direction']): Promise<string[]> {
    const seen: string[] = [];
    let page: PageRequest = { ...firstPage(2), direction };
    for (let turn = 0; turn < 1_000; turn += 1) {
      const { total, entities: found } = await entities.page(type, page, turn === 0);
      if (turn === 0) expect(total).toBeGreaterThanOrEqual(names.length);
      else expect(total).toBeNull();
      const items = found.slice(0, 2);
      seen.push(...items.map(({ item }) => item.id));
      if (found.length <= 2) return seen;
      const last = items.at(-1)!.key;
      page = direction === 'forward' ? { ...page, after: last } : { ...page, before: last };
    }
    throw new Error('the list never ended');
  }

  it('holds names beginning with any character, forward and backward, of one type and of all', async () => {
    const ours = (ids: string[]) => ids.filter((id) => id.startsWith('entity-list-test-'));
    for (const type of ['SHIP', null] as const) {
      const forward = await everyOne(type, 'forward');
      expect(ours(forward).sort()).toEqual(names.map((_, i) => `entity-list-test-${i}`));
      expect(new Set(forward).size).toBe(forward.length);
      const backward = await everyOne(type, 'backward');
      expect(ours(backward).sort()).toEqual(ours(forward).sort());
      expect(backward.length).toBe(forward.length);
    }
  });
});
