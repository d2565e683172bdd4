/**
 * Our API as the benchmark runs it: the real app (createServer) in a process of its own, so that
 * its latency and memory are its own (see serve-bench-process.ts), with the service's settings
 * from the environment (RESPONSE_CACHE_MB, HEAP_GROWING_PERCENT, KG_ADMIN_TOKEN).
 *
 * A request sent with `x-bench-trace: <id>` has the reads it made (statement, parameters, a hash
 * of the rows, when it was sent and answered) kept under that id, for the benchmark to replay the
 * same statements straight through the driver: GET /reads/<id> on the port printed as
 * "reads <port>" hands them over once.
 */
import '../src/production-mode';
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { applyMemoryPolicy } from '../src/memory-policy';
import { createServer } from '../src/server';
import { encodeParameters, hashRows, type TracedRead } from './replay-reads';
import { benchNeo4j, serveBenchProcess } from './serve-bench-process';

const traced = new Map<string, TracedRead[]>();
const currentTrace = new AsyncLocalStorage<TracedRead[]>();

serveBenchProcess(async () => {
  const { uri, password } = benchNeo4j;
  // As start-up does, on the benchmark's Neo4j and its synthetic graph, with the service's
  // settings as the service reads them from the environment.
  const env = Object.fromEntries(
    ['HEAP_GROWING_PERCENT', 'RESPONSE_CACHE_MB', 'KG_ADMIN_TOKEN']
      .filter((name) => process.env[name] !== undefined)
      .map((name) => [name, process.env[name]!]),
  );
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password, ...env });
  applyMemoryPolicy(config);
  const service = await bootstrap(config, { curatedData: 'skip' });
  service.readiness.markDataLoaded('synthetic benchmark graph');
  const server = await createServer({
    driver: service.driver,
    database: service.connection.database,
    readiness: service.readiness,
    cypher: service.cypher,
    http: config.http,
    ...(config.adminToken !== undefined && { adminToken: config.adminToken }),
    logError: () => {},
    onRead: (name, parameters, rows, sentAt) =>
      currentTrace.getStore()?.push({
        name,
        parameters: encodeParameters(parameters),
        rows: hashRows(rows),
        sentAt,
        answeredAt: performance.now(),
      }),
  });
  // Requests with a trace id run in a context of their own, where their reads are collected.
  const handlers = server.httpServer.listeners('request') as http.RequestListener[];
  server.httpServer.removeAllListeners('request');
  server.httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const id = req.headers['x-bench-trace'];
    const handle = () => {
      for (const handler of handlers) handler(req, res);
    };
    if (typeof id !== 'string') return handle();
    const reads: TracedRead[] = [];
    traced.set(id, reads);
    currentTrace.run(reads, handle);
  });
  const reads = http.createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').replace(/^\/reads\//, ''));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(traced.get(id) ?? null));
    traced.delete(id);
  });
  await new Promise<void>((resolve) => reads.listen(0, '127.0.0.1', resolve));
  console.log(`reads ${(reads.address() as AddressInfo).port}`);
  return {
    httpServer: server.httpServer,
    ready: () => server.warmUp(),
    stop: () =>
      server
        .stop()
        .then(() => service.close())
        .then(() => {
          reads.close();
        }),
  };
});
