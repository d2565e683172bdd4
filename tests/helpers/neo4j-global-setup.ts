import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { projectPaths } from '../../src/project-paths';
import { findFreePort } from './find-free-port';
import { TEST_NEO4J_ENV, type TestNeo4jState } from './test-neo4j';

/**
 * Before the integration tests: builds the service (tests that spawn it run dist/), then uses
 * the Neo4j named by NEO4J_URI, or starts a disposable one on a free port in a temporary folder.
 * The jars are the project's own `.neo4j/lib`, fetched by Maven on first use.
 */
export default async function globalSetup(): Promise<void> {
  // The integration and e2e projects share this setup: one Neo4j serves both.
  if ((globalThis as { testNeo4j?: TestNeo4jState }).testNeo4j) return;
  // Tests that start the service run what `npm start` runs: the compiled code and the built
  // explorer. Built once per run, and only what changed (scripts/build.mjs).
  execFileSync(process.execPath, ['scripts/build.mjs', '--explorer'], { cwd: projectPaths.root, stdio: 'inherit' });

  if (process.env.NEO4J_URI) {
    process.env[TEST_NEO4J_ENV.uri] = process.env.NEO4J_URI;
    process.env[TEST_NEO4J_ENV.user] = process.env.NEO4J_USER ?? 'neo4j';
    if (process.env.NEO4J_PASSWORD) process.env[TEST_NEO4J_ENV.password] = process.env.NEO4J_PASSWORD;
    process.env[TEST_NEO4J_ENV.database] = process.env.NEO4J_DATABASE ?? 'neo4j';
    return;
  }

  const home = mkdtempSync(path.join(tmpdir(), 'amur-graph-test-neo4j-'));
  const server = new LocalNeo4jServer({
    home,
    lib: path.join(projectPaths.localNeo4jHome, 'lib'),
    boltPort: await findFreePort(),
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  let connection;
  try {
    connection = await server.start();
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.env[TEST_NEO4J_ENV.uri] = connection.uri;
  process.env[TEST_NEO4J_ENV.user] = connection.user;
  process.env[TEST_NEO4J_ENV.password] = connection.password;
  process.env[TEST_NEO4J_ENV.database] = 'neo4j';
  (globalThis as { testNeo4j?: TestNeo4jState }).testNeo4j = { server, home };
}
