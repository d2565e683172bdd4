import type { Driver } from 'neo4j-driver';
import type { CypherLoader } from '../../src/db/cypher-loader';
import { PLANNING_TIMEOUT_MS, QUERY_TIMEOUT_MS, QueryRunner, whilePlanning } from '../../src/db/run-query';

/** A driver whose sessions record the timeout each statement was sent with, and answer no rows. */
function recordingDriver() {
  const timeouts: number[] = [];
  let release: () => void = () => {};
  let held: Promise<void> | null = null;
  const driver = {
    session: () => ({
      run: async (_query: string, _parameters: unknown, { timeout }: { timeout: number }) => {
        timeouts.push(timeout);
        if (held) await held;
        return { records: [] };
      },
      close: async () => {},
    }),
  };
  return {
    driver: driver as unknown as Driver,
    timeouts,
    hold: () => {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => {
      held = null;
      release();
    },
  };
}

const cypher = { load: () => 'RETURN 1' } as unknown as CypherLoader;

describe('reads while Neo4j plans their statements (the warm-up)', () => {
  it('may take as long as planning does inside whilePlanning, their usual time outside it', async () => {
    const { driver, timeouts } = recordingDriver();
    const queries = new QueryRunner(driver, cypher, 'neo4j');
    await queries.read('graph/a');
    await whilePlanning(async () => {
      await queries.read('graph/b');
      await Promise.all([queries.read('graph/c'), queries.read('graph/d')]);
    });
    await queries.read('graph/e');
    expect(timeouts).toEqual([
      QUERY_TIMEOUT_MS,
      PLANNING_TIMEOUT_MS,
      PLANNING_TIMEOUT_MS,
      PLANNING_TIMEOUT_MS,
      QUERY_TIMEOUT_MS,
    ]);
  });

  it("leaves a user's read sent meanwhile its own timeout", async () => {
    const { driver, timeouts, hold, release } = recordingDriver();
    const queries = new QueryRunner(driver, cypher, 'neo4j', { timeoutMs: 1_000 });
    hold();
    const planning = whilePlanning(() => queries.read('graph/paths'));
    const meanwhile = queries.read('graph/paths');
    release();
    await Promise.all([planning, meanwhile]);
    expect(timeouts).toEqual([PLANNING_TIMEOUT_MS, 1_000]);
  });

  it('keeps a timeout named for one statement, and a runner given more than planning', async () => {
    const { driver, timeouts } = recordingDriver();
    await whilePlanning(() => new QueryRunner(driver, cypher, 'neo4j').read('graph/a', {}, { timeoutMs: 7_000 }));
    await whilePlanning(() => new QueryRunner(driver, cypher, 'neo4j', { timeoutMs: 300_000 }).read('graph/a'));
    expect(timeouts).toEqual([7_000, 300_000]);
  });
});
