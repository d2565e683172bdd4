import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../src/db/apply-migrations';
import { CypherLoader } from '../../src/db/cypher-loader';
import type { GraphVersion } from '../../src/graph/graph-version';
import { Readiness } from '../../src/health/readiness';
import { createServer } from '../../src/server';
import { testNeo4jConnection } from './test-neo4j';

export interface TestServer {
  baseUrl: string;
  readiness: Readiness;
  loggedErrors: { error: unknown; requestId: string }[];
  /** The graph's version the server knows: refresh it after writing behind the server's back. */
  graphVersion: GraphVersion;
  close(): Promise<void>;
}

/** The real app on a free port, against the given driver, set up the way start-up does it. */
export async function startTestServer(
  driver: Driver,
  {
    ready = true,
    uri = testNeo4jConnection().uri,
    onQuery,
    cypher = new CypherLoader(),
    adminToken,
    queryTimeoutMs,
  }: {
    ready?: boolean;
    uri?: string;
    onQuery?: (name: string) => void;
    cypher?: CypherLoader;
    /** The bearer token mutations need; without it, mutations are FORBIDDEN. */
    adminToken?: string;
    queryTimeoutMs?: number;
  } = {},
): Promise<TestServer> {
  const { database } = testNeo4jConnection();
  const readiness = new Readiness(driver, database, uri);
  if (ready) {
    readiness.markMigrationsApplied(await applyMigrations(driver, cypher, database));
    readiness.markDataLoaded('test');
  }
  const loggedErrors: TestServer['loggedErrors'] = [];
  const server = await createServer({
    driver,
    database,
    readiness,
    cypher,
    logError: (error, requestId) => loggedErrors.push({ error, requestId }),
    onQuery,
    ...(adminToken !== undefined && { adminToken }),
    ...(queryTimeoutMs !== undefined && { queryTimeoutMs }),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  // As start-up does: plan the slow-to-plan statements once per Neo4j (cached there afterwards).
  if (ready) await server.warmUp();
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    readiness,
    loggedErrors,
    graphVersion: server.graphVersion,
    close: () => server.stop(),
  };
}
