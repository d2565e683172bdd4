import { findFreePort } from './find-free-port';
import { runService, type ServiceRun } from './service-process';
import { testNeo4jConnection } from './test-neo4j';

/** The line the service prints once it serves. */
export const READY_LINE = /^Amur Graph is ready: /m;

export interface RunningService {
  run: ServiceRun;
  baseUrl: string;
  /** Stops it as Ctrl-C does, and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * The service exactly as `npm start` runs it (the compiled entry point, the mode it sets itself,
 * the explorer web/dist as built), on a free port, against the test Neo4j, with the extra
 * settings given. Resolves once it says it is ready.
 */
export async function startService(settings: Record<string, string> = {}): Promise<RunningService> {
  const connection = testNeo4jConnection();
  const port = await findFreePort();
  const run = runService({
    PORT: String(port),
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    ...(connection.password && { NEO4J_PASSWORD: connection.password }),
    NEO4J_DATABASE: connection.database,
    ...settings,
  });
  // It listens once Neo4j has planned its costliest statements: a second when the test Neo4j has
  // planned them before, tens of seconds on a fresh one beside other suites.
  await run.waitForOutput(READY_LINE, 150_000);
  return {
    run,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (run.child.exitCode === null) run.child.kill('SIGINT');
      await run.exited;
    },
  };
}
