/**
 * Our API as the benchmark runs it: the real app (createServer) in a process of its own, so that
 * its latency and memory are its own (see serve-bench-process.ts).
 */
import '../src/production-mode';
import { applyMigrations } from '../src/db/apply-migrations';
import { CypherLoader } from '../src/db/cypher-loader';
import { createDriver } from '../src/db/neo4j-connection';
import { Readiness } from '../src/health/readiness';
import { createServer } from '../src/server';
import { benchNeo4j, serveBenchProcess } from './serve-bench-process';

serveBenchProcess(async () => {
  const { uri, password } = benchNeo4j;
  const driver = createDriver({ uri, user: 'neo4j', password, database: 'neo4j' });
  const cypher = new CypherLoader();
  const readiness = new Readiness(driver, 'neo4j', uri);
  readiness.markMigrationsApplied(await applyMigrations(driver, cypher, 'neo4j'));
  readiness.markDataLoaded('synthetic benchmark graph');
  const server = await createServer({ driver, database: 'neo4j', readiness, cypher, logError: () => {} });
  return {
    httpServer: server.httpServer,
    ready: () => server.warmUp(),
    stop: () => server.stop().then(() => driver.close()),
  };
});
