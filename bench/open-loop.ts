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

/** What became of one request. */
interface Outcome {
  ms: number;
  /** Whether a response came (of any status). */
  answered: boolean;
  /** The status and start of the body, or the failure, when it was not an answer. */
  error?: string;
  /** Its x-cache header, when it had one. */
  cache?: string;
}

/**
 * Sends requests over keep-alive connections from `clients` addresses in turn (127.0.0.2 on); each
 * outcome's time counts from `from`, the time it was planned for. `close()` drops the connections.
 */
function sender(url: string, { timeoutMs = 10_000, clients = 200 }: LevelOptions) {
  // With a timeout of its own, Node's agent drops a connection left idle a second before the
  // server's announced keep-alive timeout (`Keep-Alive: timeout=5`); without one it ignores the
  // announcement and may send on a connection the server is closing (ECONNRESET: one request in
  // a cache fill, 2,000 requests over 200 addresses, each address's connection idle for seconds).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024, timeout: timeoutMs });
  const target = new URL(url);
  let turn = 0;
  const send = (from: number, request: PlannedRequest) =>
    new Promise<Outcome>((resolve) => {
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
            const ms = performance.now() - from;
            const body = Buffer.concat(chunks).toString('utf8');
            const failed = res.statusCode !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[');
            const cache = res.headers['x-cache'];
            resolve({
              ms,
              answered: true,
              ...(failed && { error: `${res.statusCode}: ${body.slice(0, 300)}` }),
              ...(typeof cache === 'string' && { cache }),
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => resolve({ ms: performance.now() - from, answered: false, error: error.message }));
      req.end(request.body);
    });
  return { send, close: () => agent.destroy() };
}

/** Errors, the first error's text and the share of answers from the cache, over some outcomes. */
function tally(outcomes: readonly Outcome[]): Pick<LevelResult, 'errors' | 'cacheHitRate' | 'errorExample'> {
  const failed = outcomes.filter((outcome) => outcome.error !== undefined);
  const tagged = outcomes.filter((outcome) => outcome.cache !== undefined);
  const hits = tagged.filter((outcome) => outcome.cache === 'hit').length;
  return {
    errors: failed.length,
    cacheHitRate: tagged.length === 0 ? null : Math.round((hits / tagged.length) * 1000) / 1000,
    ...(failed.length > 0 && { errorExample: failed[0]!.error }),
  };
}

/** Runs one level: `rate` requests per second for `seconds`, drawn in turn from `next()`. */
export async function runLevel(
  url: string,
  rate: number,
  seconds: number,
  next: () => PlannedRequest,
  options: LevelOptions = {},
): Promise<LevelResult> {
  const { send, close } = sender(url, options);
  const total = Math.round(rate * seconds);
  const outcomes: (Outcome & { operation: string })[] = [];
  const started = performance.now();
  const pending: Promise<void>[] = [];

  for (let i = 0; i < total; i += 1) {
    const planned = started + (i * 1000) / rate;
    // Never early: a request sent before its time would be charged less than it took. A timer can
    // fire up to a millisecond before its time (the event loop's clock counts whole milliseconds),
    // so the time is looked at again after it.
    for (let wait = planned - performance.now(); wait > 0; wait = planned - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const request = next();
    pending.push(
      send(planned, request).then((outcome) => void outcomes.push({ ...outcome, operation: request.operation })),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  close();
  const answered = outcomes.filter((outcome) => outcome.answered).length;
  const sorted = (items: number[]) => items.sort((a, b) => a - b);
  const all = sorted(outcomes.map((outcome) => outcome.ms));
  const kept = (ms: number) => Math.round(ms * 100) / 100;
  const operations = [...new Set(outcomes.map((outcome) => outcome.operation))];
  return {
    rate,
    achieved: Math.round((answered / elapsed) * 10) / 10,
    sent: total,
    ...tally(outcomes),
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    byOperation: operations.map((operation) => {
      const latencies = outcomes.filter((outcome) => outcome.operation === operation).map((outcome) => outcome.ms);
      const own = sorted([...latencies]);
      return {
        operation,
        n: own.length,
        p50: percentile(own, 50),
        p95: percentile(own, 95),
        p99: percentile(own, 99),
        samples: latencies.map(kept),
      };
    }),
  };
}

/** How asking each of some requests once went (askEachOnce). */
export interface AskedOnce {
  seconds: number;
  errors: number;
  cacheHitRate: number | null;
  errorExample?: string;
}

/**
 * Asks each request once, at most `concurrency` at a time: a closed loop, which cannot ask more of
 * the server than it answers, for untimed work such as filling the response cache before its
 * levels are timed (a fixed rate above what the server answers from Neo4j ran into timeouts).
 */
export async function askEachOnce(
  url: string,
  requests: readonly PlannedRequest[],
  { concurrency, ...options }: LevelOptions & { concurrency: number },
): Promise<AskedOnce> {
  const { send, close } = sender(url, options);
  const outcomes: Outcome[] = [];
  const started = performance.now();
  let turn = 0;
  const worker = async () => {
    while (turn < requests.length) {
      const request = requests[turn++]!;
      outcomes.push(await send(performance.now(), request));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  close();
  return { seconds: Math.round((performance.now() - started) / 100) / 10, ...tally(outcomes) };
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
