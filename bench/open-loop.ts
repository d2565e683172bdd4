/**
 * Load at fixed arrival rates (open loop): request i is sent at start + i / rate whether or not
 * earlier ones have been answered, and its latency counts from that planned time, so a server that
 * falls behind is charged for the queue it builds (no coordinated omission). Requests go over
 * keep-alive HTTP connections, as many as are needed at once. The benchmark runs the levels in a
 * process of its own (LoadGenerator, bench/load-generator.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { percentile } from './bench-stats';

export interface PlannedRequest {
  /** Which operation, for per-operation percentiles. */
  operation: string;
  body: string;
  headers?: Record<string, string>;
}

export interface OperationLatency {
  operation: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** Its latencies, in ms, in the order answered (absent in results from before they were kept). */
  samples?: number[];
}

export interface LevelResult {
  /** Requests per second asked for. */
  rate: number;
  /** Requests per second answered, from the first sent to the last answered: under `rate` when the server fell behind. */
  achieved: number;
  sent: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Percentiles and latencies of each operation. */
  byOperation: OperationLatency[];
  /** Responses carrying `x-cache: hit`, over those that carry x-cache at all. */
  cacheHitRate: number | null;
  /** The first error's status and start of body, when there was one. */
  errorExample?: string;
}

export interface LevelOptions {
  timeoutMs?: number;
  /**
   * Users: requests come from this many addresses (127.0.0.2 on, in turn), since the API shares
   * its slots for costly queries out per client and one address would be one user.
   */
  clients?: number;
}

/** Runs one level: `rate` requests per second for `seconds`, drawn in turn from `next()`. */
export async function runLevel(
  url: string,
  rate: number,
  seconds: number,
  next: () => PlannedRequest,
  { timeoutMs = 10_000, clients = 200 }: LevelOptions = {},
): Promise<LevelResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
  const target = new URL(url);
  const total = Math.round(rate * seconds);
  const latencies: { operation: string; ms: number }[] = [];
  let errors = 0;
  let errorExample: string | undefined;
  let hits = 0;
  let tagged = 0;
  let answered = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  let turn = 0;
  const send = (planned: number, request: PlannedRequest) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        {
          agent,
          localAddress: `127.0.0.${2 + (turn++ % clients)}`,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...request.headers },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const ms = performance.now() - planned;
            const body = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
              errors += 1;
              errorExample ??= `${res.statusCode}: ${body.slice(0, 300)}`;
            }
            const cache = res.headers['x-cache'];
            if (cache !== undefined) {
              tagged += 1;
              if (cache === 'hit') hits += 1;
            }
            answered += 1;
            latencies.push({ operation: request.operation, ms });
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => {
        errors += 1;
        errorExample ??= error.message;
        latencies.push({ operation: request.operation, ms: performance.now() - planned });
        resolve();
      });
      req.end(request.body);
    });

  for (let i = 0; i < total; i += 1) {
    const planned = started + (i * 1000) / rate;
    // Never early: a request sent before its time would be charged less than it took. A timer can
    // fire up to a millisecond before its time (the event loop's clock counts whole milliseconds),
    // so the time is looked at again after it.
    for (let wait = planned - performance.now(); wait > 0; wait = planned - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    pending.push(send(planned, next()));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = (items: number[]) => items.sort((a, b) => a - b);
  const all = sorted(latencies.map((latency) => latency.ms));
  const kept = (ms: number) => Math.round(ms * 100) / 100;
  const operations = [...new Set(latencies.map((latency) => latency.operation))];
  return {
    rate,
    achieved: Math.round((answered / elapsed) * 10) / 10,
    sent: total,
    errors,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    byOperation: operations.map((operation) => {
      const answered = latencies.filter((latency) => latency.operation === operation).map((latency) => latency.ms);
      const own = sorted([...answered]);
      return {
        operation,
        n: own.length,
        p50: percentile(own, 50),
        p95: percentile(own, 95),
        p99: percentile(own, 99),
        samples: answered.map(kept),
      };
    }),
    cacheHitRate: tagged === 0 ? null : Math.round((hits / tagged) * 1000) / 1000,
    ...(errorExample !== undefined && { errorExample }),
  };
}

/** What the load generator's process is asked: a level with its requests drawn beforehand. */
export interface LevelRequest {
  url: string;
  rate: number;
  seconds: number;
  requests: PlannedRequest[];
  options?: LevelOptions;
}

/** Every latency of a level, operation by operation. */
export function levelSamples(level: Pick<LevelResult, 'byOperation'>): number[] {
  return level.byOperation.flatMap((operation) => operation.samples ?? []);
}

export type LevelReply = { result: LevelResult; cpuMs: number } | { error: string };

/** The load generator's process (bench/load-generator.ts), which runs the levels it is sent. */
export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    return new LoadGenerator(fork(path.join(__dirname, 'load-generator.js'), [], { stdio: 'inherit' }));
  }

  /**
   * Runs a level there: its requests are drawn from `next()` here, before it starts, in the order
   * runLevel would draw them. Returns the level and the CPU ms the generator used while it ran.
   */
  async runLevel(
    url: string,
    rate: number,
    seconds: number,
    next: () => PlannedRequest,
    options?: LevelOptions,
  ): Promise<{ level: LevelResult; generatorCpuMs: number }> {
    const requests = Array.from({ length: Math.round(rate * seconds) }, next);
    const message: LevelRequest = { url, rate, seconds, requests, ...(options && { options }) };
    const reply = await new Promise<LevelReply>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the load generator exited with ${code}`));
      this.child.once('exit', exited);
      this.child.once('message', (answer: LevelReply) => {
        this.child.off('exit', exited);
        resolve(answer);
      });
      this.child.send(message);
    });
    if ('error' in reply) throw new Error(`the load generator failed: ${reply.error}`);
    return { level: reply.result, generatorCpuMs: reply.cpuMs };
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}
