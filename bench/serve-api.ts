/**
 * Our API as the benchmark runs it: the real app (createServer) in a process of its own, so that
 * its latency and memory are its own. Prints "listening <port>" when ready.
 * Settings: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD, PORT.
 */
import '../src/production-mode';
import type { AddressInfo } from 'node:net';
import { applyMigrations } from '../src/db/apply-migrations';
import { CypherLoader } from '../src/db/cypher-loader';
import { createDriver } from '../src/db/neo4j-connection';
import { Readiness } from '../src/health/readiness';
import { createServer } from '../src/server';

async function main(): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687';
  const driver = createDriver({
    uri,
    user: 'neo4j',
    password: process.env.BENCH_NEO4J_PASSWORD ?? '',
    database: 'neo4j',
  });
  const cypher = new CypherLoader();
  const readiness = new Readiness(driver, 'neo4j', uri);
  readiness.markMigrationsApplied(await applyMigrations(driver, cypher, 'neo4j'));
  readiness.markDataLoaded('synthetic benchmark graph');
  const server = await createServer({ driver, database: 'neo4j', readiness, cypher, logError: () => {} });
  await new Promise<void>((resolve) => server.httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  await server.warmUp();
  console.log(`listening ${(server.httpServer.address() as AddressInfo).port}`);
  const stop = () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
