/**
 * What both benchmark servers (serve-api.ts, serve-neo4j-graphql.ts) do around their own app: read
 * the Neo4j they are given (BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD), listen on PORT on 127.0.0.1,
 * print "listening <port>" for run-benchmarks.ts, stop cleanly on SIGTERM or SIGINT, and exit 1
 * when starting fails.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

export const benchNeo4j = {
  uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  password: process.env.BENCH_NEO4J_PASSWORD ?? '',
};

export interface BenchServer {
  httpServer: http.Server;
  /** Called once listening, before "listening" is printed (plan warm-up). */
  ready?: () => Promise<unknown>;
  stop: () => Promise<void>;
}

export function serveBenchProcess(start: () => Promise<BenchServer>): void {
  start()
    .then(async ({ httpServer, ready, stop }) => {
      await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
      // As the service does: a warm-up that fails is reported, and the server serves anyway.
      await ready?.().catch((error: unknown) => console.error(`warming up failed: ${String(error)}`));
      console.log(`listening ${(httpServer.address() as AddressInfo).port}`);
      const exit = () => void stop().then(() => process.exit(0));
      process.on('SIGTERM', exit);
      process.on('SIGINT', exit);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
