import { runService } from '../helpers/service-process';
import { findFreePort } from '../helpers/find-free-port';
import { startService } from '../helpers/start-service';
import { testNeo4jConnection } from '../helpers/test-neo4j';

/** The service's process as `npm start` runs it, against the tests' Neo4j named by NEO4J_URI. */
describe('the service process against the Neo4j of NEO4J_URI', () => {
  it('names a wrong password as such', async () => {
    const { uri } = testNeo4jConnection();
    const run = runService({ NEO4J_URI: uri, NEO4J_PASSWORD: 'wrong-password', PORT: String(await findFreePort()) });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toBe(
      `cannot reach Neo4j at ${uri}: authentication failed: check NEO4J_USER and NEO4J_PASSWORD\n`,
    );
  });

  it('serves against the Neo4j of NEO4J_URI and exits cleanly on SIGINT', async () => {
    const { run, baseUrl } = await startService();
    const ready = await fetch(`${baseUrl}/ready`);
    expect(ready.status).toBe(200);

    run.child.kill('SIGINT');
    const { code, afterMs } = await run.exited;
    expect(code).toBe(0);
    expect(afterMs).toBeGreaterThan(0);
  }, 180_000);
});
