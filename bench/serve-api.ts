/**
 * Our API as the benchmark runs it: the real app (createServer) in a process of its own, so that
 * its latency and memory are its own (see serve-bench-process.ts).
 */
import '../src/production-mode';
import 'reflect-metadata';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { applyMemoryPolicy } from '../src/memory-policy';
import { createServer } from '../src/server';
import { benchNeo4j, serveBenchProcess } from './serve-bench-process';

serveBenchProcess(async () => {
  const { uri, password } = benchNeo4j;
  // As start-up does, on the benchmark's Neo4j and its synthetic graph (no curated data), with the
  // service's memory policy (HEAP_GROWING_PERCENT from the environment, as the service reads it).
  const config = loadConfig({
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    ...(process.env.HEAP_GROWING_PERCENT !== undefined && { HEAP_GROWING_PERCENT: process.env.HEAP_GROWING_PERCENT }),
  });
  applyMemoryPolicy(config);
  const service = await bootstrap(config, { curatedData: 'skip' });
  service.readiness.markDataLoaded('synthetic benchmark graph');
  const server = await createServer({
    driver: service.driver,
    database: service.connection.database,
    readiness: service.readiness,
    cypher: service.cypher,
    logError: () => {},
  });
  return {
    httpServer: server.httpServer,
    ready: () => server.warmUp(),
    stop: () => server.stop().then(() => service.close()),
  };
});
