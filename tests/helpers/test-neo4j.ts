import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';
import { createDriver, type Neo4jConnection } from '../../src/db/neo4j-connection';
import type { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';

/** How the global setup hands the test Neo4j to the test files (workers inherit the environment). */
export const TEST_NEO4J_ENV = {
  uri: 'AMUR_TEST_NEO4J_URI',
  user: 'AMUR_TEST_NEO4J_USER',
  password: 'AMUR_TEST_NEO4J_PASSWORD',
  database: 'AMUR_TEST_NEO4J_DATABASE',
} as const;

export interface TestNeo4jState {
  server: LocalNeo4jServer;
  home: string;
}

export function testNeo4jConnection(): Neo4jConnection {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run integration tests through jest's global setup`);
    return value;
  };
  const password = process.env[TEST_NEO4J_ENV.password];
  return {
    uri: read(TEST_NEO4J_ENV.uri),
    user: read(TEST_NEO4J_ENV.user),
    ...(password && { password }),
    database: read(TEST_NEO4J_ENV.database),
  };
}

export function testDriver(): Driver {
  return createDriver(testNeo4jConnection());
}

/** The service's settings for the test Neo4j, as a user would give them for their own Neo4j. */
export function testConfig(settings: Record<string, string> = {}): Config {
  const connection = testNeo4jConnection();
  return loadConfig({
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    ...(connection.password && { NEO4J_PASSWORD: connection.password }),
    NEO4J_DATABASE: connection.database,
    ...settings,
  });
}
