import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import { DEFAULT_SCOPE } from '../../src/domain/assertion';
import { firstPage } from '../../src/graph/keyset-page';
import { timelineParameters, timelineStatement } from '../../src/graph/timeline.repository';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

function steps(plan: PlanStep): PlanStep[] {
  return [plan, ...plan.children.flatMap(steps)];
}

const operator = (step: PlanStep) => step.operatorType.replace(/@.*$/, '');

/**
 * How Neo4j runs the timeline's statements, from their plans: a page must read its indexes in the
 * timeline's order and stop after a page, whatever the size of the graph. Ordered by the timeline
 * key alone, Neo4j read every entry of the range from the (lane, timelineKey) index and sorted
 * them: 4 s a page at a million entities, unseen on the curated graph but for this test.
 */
describe('the timeline statements', () => {
  let driver: Driver;
  const { database } = testNeo4jConnection();
  const cypher = new CypherLoader();
  beforeAll(async () => {
    driver = testDriver();
    // The indexes the service makes at start.
    await applyMigrations(driver, cypher, database);
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  });
  afterAll(() => driver.close());

  async function plan(types: ['SIGNED'] | null, direction: 'forward' | 'backward'): Promise<PlanStep[]> {
    const page = { ...firstPage(100), direction };
    const { summary } = await driver.executeQuery(
      `EXPLAIN ${cypher.load(timelineStatement(types, page))}`,
      timelineParameters('1850-01-01', '1859-12-31', types, page, DEFAULT_SCOPE),
      { database },
    );
    return steps(summary.plan as unknown as PlanStep);
  }

  it.each([
    [null, 'forward'],
    [null, 'backward'],
    [['SIGNED'], 'forward'],
    [['SIGNED'], 'backward'],
  ] as const)('of types %j, %s, read each index in order and sort only the page', async (types, direction) => {
    const plan_ = await plan(types === null ? null : [...types], direction);
    const seeks = plan_.filter((step) => /^NodeIndexSeek/.test(operator(step)));
    const details = seeks.map((step) => String(step.arguments.Details));
    expect(details).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          types === null ? 'TimelineEntry(timelineKey)' : 'TimelineEntry(lane, timelineKey)',
        ) as string,
        expect.stringContaining('TimelineEntry(spanScale, timelineKey, spanTo)') as string,
      ]),
    );
    // Each seek is cut at the page's size by a Limit; one Top merges the seeks' pages.
    expect(plan_.filter((step) => /Sort|Top/.test(operator(step))).map(operator)).toEqual(['Top']);
    expect(plan_.filter((step) => operator(step) === 'Limit')).toHaveLength(2);
    // A relation is found between its two ends, from the end with fewer relations.
    expect(plan_.map(operator)).toContain('Expand(Into)');
    expect(plan_.map(operator)).not.toContain('Expand(All)');
  });
});
