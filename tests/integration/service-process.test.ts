import { runService } from '../helpers/service-process';
import { findFreePort } from '../helpers/find-free-port';
import { READY_LINE } from '../helpers/start-service';
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
    const connection = testNeo4jConnection();
    const port = await findFreePort();
    const run = runService({
      PORT: String(port),
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      ...(connection.password && { NEO4J_PASSWORD: connection.password }),
      NEO4J_DATABASE: connection.database,
    });
    await run.waitForOutput(READY_LINE, 30_000);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);

    run.child.kill('SIGINT');
    const { code, afterMs } = await run.exited;
    expect(code).toBe(0);
    expect(afterMs).toBeGreaterThan(0);
  });
});
