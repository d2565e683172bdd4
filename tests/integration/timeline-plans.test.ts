import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import { DEFAULT_SCOPE } from '../../src/domain/assertion';
import { firstPage } from '../../src/graph/keyset-page';
import { CHAINED_SCALES } from '../../src/graph/statements/timeline.statements';
import { timelineParameters, timelineStatement } from '../../src/graph/timeline.repository';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** Every step of a plan, from its root down. */
function steps(plan: PlanStep): PlanStep[] {
  return [plan, ...plan.children.flatMap(steps)];
}

const operator = (step: PlanStep) => step.operatorType.replace(/@.*$/, '');

/** The steps from `step` down to the first one that `stop` accepts (both excluded), if any. */
function pathTo(step: PlanStep, stop: (step: PlanStep) => boolean, found: PlanStep[][] = [], path: PlanStep[] = []) {
  for (const child of step.children) {
    if (stop(child)) found.push(path);
    else pathTo(child, stop, found, [...path, child]);
  }
  return found;
}

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

  async function plan(types: ['SIGNED'] | null, direction: 'forward' | 'backward'): Promise<PlanStep> {
    const page = { ...firstPage(100), direction };
    const { summary } = await driver.executeQuery(
      `EXPLAIN ${cypher.load(timelineStatement(types, page))}`,
      timelineParameters('1850-01-01', '1859-12-31', types, page, DEFAULT_SCOPE),
      { database },
    );
    return summary.plan as unknown as PlanStep;
  }

  it.each([
    [null, 'forward'],
    [null, 'backward'],
    [['SIGNED'], 'forward'],
    [['SIGNED'], 'backward'],
  ] as const)('of types %j, %s, read each index in order and sort only the page', async (types, direction) => {
    const root = await plan(types === null ? null : [...types], direction);
    const plan_ = steps(root);
    const seeks = plan_.filter((step) => /^NodeIndexSeek/.test(operator(step)));
    const details = seeks.map((step) => String(step.arguments.Details));
    // What starts in the range (one seek, or one for the lanes), and what runs into it: a seek for
    // each of the first span scales, and one for the others.
    const starting = types === null ? 'TimelineEntry(timelineKey)' : 'TimelineEntry(lane, timelineKey)';
    expect(details.filter((detail) => detail.includes(starting))).toHaveLength(1);
    expect(details.filter((detail) => detail.includes('TimelineEntry(spanScale, timelineKey, spanTo)'))).toHaveLength(
      CHAINED_SCALES + 1,
    );
    expect(seeks).toHaveLength(CHAINED_SCALES + 2);
    // Each seek reads in order and is cut at the page's size: between it and the Limit above it,
    // only filters (a sort there would read all of the range first).
    const limits = plan_.filter((step) => operator(step) === 'Limit');
    const cut = limits.flatMap((limit) => pathTo(limit, (step) => /^NodeIndexSeek/.test(operator(step))));
    expect(cut).toHaveLength(seeks.length);
    expect(cut.flatMap((between) => between.map(operator)).filter((name) => name !== 'Filter')).toEqual([]);
    // What is sorted: each seek's entries with the page so far (Top, at most twice the page), and
    // the page at the end; never an index's entries.
    const sorts = plan_.filter((step) => /Sort|Top/.test(operator(step)));
    const merges = sorts.filter((step) => operator(step) === 'Top');
    expect(merges).toHaveLength(CHAINED_SCALES + 2);
    for (const merge of merges) {
      expect(steps(merge).map(operator)).toEqual(['Top', 'Projection', 'Unwind', 'Argument']);
    }
    expect(sorts.filter((step) => operator(step) === 'Sort').map((step) => step.arguments.Details)).toEqual([
      `key ${direction === 'forward' ? 'ASC' : 'DESC'}`,
    ]);
    // A relation is found between its two ends, from the end with fewer relations.
    expect(plan_.map(operator)).toContain('Expand(Into)');
    expect(plan_.map(operator)).not.toContain('Expand(All)');
  });
});
