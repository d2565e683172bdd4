import type { Driver } from 'neo4j-driver';
import { bootstrap, type Bootstrapped } from '../../src/bootstrap';
import { startTestServer, type TestServer } from './test-server';
import { testConfig } from './test-neo4j';

export interface ApiFixture {
  /** The parts as start-up brings them up: driver, repositories, readiness. */
  service: Bootstrapped;
  driver: Driver;
  server: TestServer;
  /** Names of the Cypher statements the API sent, in order; clear it between measurements. */
  statements: string[];
}

/** The real API on the real curated graph (loaded into the test Neo4j if it is not there yet). */
export async function startApiFixture(): Promise<ApiFixture> {
  const service = await bootstrap(testConfig());
  const statements: string[] = [];
  const server = await startTestServer(service.driver, { onQuery: (name) => statements.push(name) });
  return { service, driver: service.driver, server, statements };
}

export async function stopApiFixture(fixture: ApiFixture | undefined): Promise<void> {
  await fixture?.server.close();
  await fixture?.service.close();
}

/** Posts raw GraphQL (for what the typed operations cannot express: errors, injection, limits). */
export async function postQuery(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
