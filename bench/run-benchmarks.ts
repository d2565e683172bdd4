/**
 * `npm run bench`: the API under what users send (bench/users-workload.ts), at scale, side by side
 * with the same reads sent straight through the driver and with @neo4j/graphql, then under load at
 * fixed arrival rates, with and without the response cache, and during a 1 MB ingest. For each
 * scale it
 *   1. starts a Neo4j of its own under .bench/ with the shipped memory settings (512 MB heap, 256
 *      MB page cache; `--neo4j-memory large` for 4 GB / 6 GB), and loads the seeded synthetic
 *      graph (bulk import through neo4j-admin, or the transactional ingestion statements: --load)
 *      plus the curated data (the landing page's stories read it), or reuses the graph loaded;
 *   2. latency, one request at a time, once Neo4j's JIT compilers have settled (`warmUpJit`): per
 *      operation, an untimed traced request records the reads our API makes; then ours, the same
 *      reads through the driver, and @neo4j/graphql (where it can do the same work) are timed in a
 *      random order; the reads must return the same rows and the comparable answers the same key,
 *      or the run fails;
 *   3. load at fixed arrival rates (open loop), doubling until the API falls behind, then narrowing
 *      the highest rate sustained and the highest within the latency target (bench/rate-search.ts),
 *      with CPU ms per request of the API and of Neo4j; then a Zipf-distributed workload against an
 *      API with its response cache; then a cheap query's latency while a 1 MB document is ingested;
 *   4. writes bench/results/<scale>.json (every sample), bench/results/latest.json and
 *      docs/benchmarks.md.
 * `--smoke` does all of it at a tiny scale, in a temporary folder, writing nothing in the project,
 * and fails on any error or any answer that differs between the sides.
 *
 * Its options: `npm run bench -- --help` (bench/bench-command-line.ts).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { CypherLoader } from '../src/db/cypher-loader';
import { QueryRunner } from '../src/db/run-query';
import { UserFacingError } from '../src/errors/user-facing.error';
import { createRepositories } from '../src/graph/repositories';
import { readLongestSpans } from '../src/graph/timeline.repository';
import { applyMigrations } from '../src/db/apply-migrations';
import { ensureCuratedGraph } from '../src/ingest/ensure-curated-graph';
import { ensureLinkKeys } from '../src/ingest/ensure-link-keys';
import { projectPaths } from '../src/project-paths';
import { openBenchGraph, run, SCALES } from './bench-graph';
import { cpuMs, jitCpuMs, peakRssMb, startChild, stopChild } from './bench-processes';
import { closeConnections, postJson } from './http-client';
import {
  describeMachine,
  writeReport,
  type LoadLevel,
  type QueryResult,
  type ScaleResult,
  type Side,
  type WarmUpRound,
  JIT_SETTLED_SHARE,
  JIT_WARM_UP,
} from './bench-report';
import { BENCH_USAGE, parseBenchOptions, runBenchCommand, type BenchOptions } from './bench-command-line';
import { describeVerdicts, percentileVerdict, ratioVerdict, stats } from './bench-stats';
import { askEachOnce, LoadGenerator, levelSamples, type LevelResult, type PlannedRequest } from './open-loop';
import { searchRates } from './rate-search';
import { replayReads, type TracedRead } from './replay-reads';
import { Random } from './synthetic-graph';
import { USERS_OPERATIONS, type Operation, type Request, type WorkloadPools } from './users-workload';

const log = (line: string) => console.log(line);
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
/** The open loop's latency target: every operation's p95 under this many ms. */
const P95_TARGET_MS = 100;
/**
 * How many requests at a time fill the response cache before its levels: enough to keep the API and
 * Neo4j busy on two cores, never more than they answer (a fixed 100 requests/s timed out on the
 * smoke run's cold Neo4j, which answered 20 a second).
 */
const CACHE_FILL_CONCURRENCY = 4;

/** Neo4j's memory: what the service ships with, or what earlier runs at a million used. */
const MEMORY = {
  shipped: { heap: '512m', pageCache: '256m' },
  large: { heap: '4g', pageCache: '6g' },
} as const;

async function graphSize(driver: Driver, cypher: CypherLoader): Promise<{ entities: number; relations: number }> {
  const [record] = await run(driver, cypher, 'graph-size');
  return { entities: Number(record!.get('entities')), relations: Number(record!.get('relations')) };
}

async function post(
  url: string,
  request: Request,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const answer = await postJson(`${url}/graphql`, JSON.stringify(request), headers);
  let body: { data?: Record<string, unknown>; errors?: { message: string }[] };
  try {
    body = JSON.parse(answer.body) as typeof body;
  } catch {
    throw new Error(`${answer.status}: not JSON: ${answer.body.slice(0, 200)}`);
  }
  if (body.errors?.length || !body.data) throw new Error(`${answer.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Entities by degree, the hubs, and the years dates fall in, from a sample of the relations. */
function workloadPools(
  graph: ReturnType<Awaited<ReturnType<typeof openBenchGraph>>['graph']>,
): Omit<WorkloadPools, 'longestSpans'> {
  const byDegree: string[] = [];
  const years: number[] = [];
  const degree = new Map<string, number>();
  for (const batch of graph.relationBatches(10_000)) {
    for (const relation of batch) {
      byDegree.push(relation.source, relation.target);
      for (const end of [relation.source, relation.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const start = relation.start;
      if (start) {
        const iso = start.iso;
        years.push(
          start.precision === 'DECADE'
            ? Number(iso) * 10
            : start.precision === 'CENTURY'
              ? Number(iso) * 100
              : Number(iso.slice(0, 4)),
        );
      }
    }
    if (byDegree.length >= 400_000) break;
  }
  const hubs = [...degree.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id]) => id);
  const names = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
  return { byDegree, hubs, years, nameOf: (id) => names.get(id) ?? id };
}

interface LatencyOptions {
  iterations: number;
  warmup: number;
  budgetMs: number;
  /** Leave the row out of the log: the JIT warm-up's rows are not kept. */
  quiet?: boolean;
}

interface LatencyContext {
  apiUrl: string;
  readsUrl: string;
  neo4jGraphqlUrl: string;
  driver: Driver;
  cypher: CypherLoader;
}

/** One row of the latency table: an operation, from any entity or from the hubs. */
async function measureOperation(
  operation: Operation,
  hubs: boolean,
  context: LatencyContext,
  pools: WorkloadPools,
  random: Random,
  options: LatencyOptions,
): Promise<QueryResult> {
  const sides: Side[] = operation.neo4jGraphql
    ? ['graphql', 'cypher', 'neo4jGraphql', 'sameSelection']
    : ['graphql', 'cypher'];
  const samples: Record<Side, number[]> = { graphql: [], cypher: [], neo4jGraphql: [], sameSelection: [] };
  const errors: Record<Side, string[]> = { graphql: [], cypher: [], neo4jGraphql: [], sameSelection: [] };
  const mismatches: string[] = [];
  const spent: Record<Side, number> = { graphql: 0, cypher: 0, neo4jGraphql: 0, sameSelection: 0 };
  for (let i = 0; i < options.warmup + options.iterations; i += 1) {
    const timing = i >= options.warmup;
    // A row whose requests take seconds stops when every side has used its time (traced requests
    // count as ours): its numbers then rest on fewer requests (n).
    if (sides.every((side) => spent[side] > options.budgetMs)) break;
    const request = operation.request(random, pools, hubs ? random.pick(pools.hubs) : undefined);
    // The traced request: untimed, it records our reads and our answer.
    const trace = randomUUID();
    let ours: Record<string, unknown>;
    const tracing = performance.now();
    try {
      ours = await post(context.apiUrl, request, { 'x-bench-trace': trace });
    } catch (error) {
      errors.graphql.push(`${(error as Error).message} (traced request, ${JSON.stringify(request.variables)})`);
      // Nothing else can be timed for this request: its time counts against every side.
      for (const side of sides) spent[side] += performance.now() - tracing;
      continue;
    } finally {
      spent.graphql += performance.now() - tracing;
    }
    const reads = (await (await fetch(`${context.readsUrl}/reads/${trace}`)).json()) as TracedRead[] | null;
    for (const side of shuffle([...sides], random)) {
      if (timing && spent[side] > options.budgetMs) continue;
      const started = performance.now();
      // Each side's clock stops when its answer is in: comparing answers is the benchmark's work.
      let ms: number;
      try {
        if (side === 'graphql') {
          await post(context.apiUrl, request);
          ms = performance.now() - started;
        } else if (side === 'cypher') {
          const replayed = await replayReads(context.driver, context.cypher, reads ?? []);
          ms = replayed.ms;
          if (replayed.differing > 0) {
            mismatches.push(`raw Cypher: ${replayed.differing} of ${reads!.length} reads returned other rows`);
          }
        } else if (side === 'neo4jGraphql') {
          const theirs = await post(context.neo4jGraphqlUrl, operation.neo4jGraphql!.request(request, pools));
          ms = performance.now() - started;
          const ourKey = operation.ourKey!(ours);
          const theirKey = operation.neo4jGraphql!.key(theirs);
          if (ourKey !== theirKey) {
            mismatches.push(
              `@neo4j/graphql answered ${theirKey.slice(0, 120)} where ours answered ${String(ourKey).slice(0, 120)} (${JSON.stringify(request.variables)})`,
            );
          }
        } else {
          // Our API asked for what @neo4j/graphql returns: the same answer as to the explorer's request.
          const same = await post(context.apiUrl, operation.neo4jGraphql!.sameSelection(request));
          ms = performance.now() - started;
          const sameKey = operation.ourKey!(same);
          const ourKey = operation.ourKey!(ours);
          if (sameKey !== ourKey) {
            mismatches.push(
              `ours with @neo4j/graphql's fields answered ${String(sameKey).slice(0, 120)} where the explorer's request answered ${String(ourKey).slice(0, 120)} (${JSON.stringify(request.variables)})`,
            );
          }
        }
        if (timing) {
          samples[side].push(ms);
          spent[side] += ms;
        }
      } catch (error) {
        errors[side].push(`${(error as Error).message} (${JSON.stringify(request.variables)})`);
      }
    }
  }
  const name = `${operation.name}${hubs ? ', from a hub' : ''}`;
  const row: QueryResult = {
    name,
    graphql: stats(samples.graphql),
    cypher: stats(samples.cypher),
    neo4jGraphql: stats(samples.neo4jGraphql),
    sameSelection: stats(samples.sameSelection),
    errors: {
      graphql: errors.graphql.length,
      cypher: errors.cypher.length,
      neo4jGraphql: errors.neo4jGraphql.length,
      sameSelection: errors.sameSelection.length,
    },
    mismatches: mismatches.length,
    ...(mismatches.length > 0 && { mismatchExample: mismatches[0] }),
    ...(errors.graphql[0] !== undefined && { errorExample: errors.graphql[0] }),
    verdicts: {
      withinCypher: ratioVerdict(samples.graphql, samples.cypher, 1.3),
      // Like for like: our API asked for the fields @neo4j/graphql returns.
      versusNeo4jGraphql: ratioVerdict(samples.sameSelection, samples.neo4jGraphql, 1.0),
    },
    samples,
  };
  if (options.quiet) return row;
  const fmt = (s: { p50: number; p95: number; p99: number; n: number }) => `${s.p50}/${s.p95}/${s.p99} (n=${s.n})`;
  log(
    `  ${name.padEnd(44)} ours ${fmt(row.graphql)}  cypher ${fmt(row.cypher)}${operation.neo4jGraphql ? `  @neo4j/graphql ${fmt(row.neo4jGraphql)}  ours with their fields ${fmt(row.sameSelection!)}` : ''}`,
  );
  for (const side of sides) {
    if (errors[side].length > 0) log(`    ${side}: ${errors[side].length} errors, e.g. ${errors[side][0]}`);
  }
  if (mismatches.length > 0) log(`    ${mismatches.length} answers differ, e.g. ${mismatches[0]}`);
  return row;
}

/**
 * Neo4j's JVM compiles its hot code as the statements first run. At a million entities, after the
 * page cache was warmed, its JIT compilers took 17 ms of CPU a request while the users' operations
 * ran one at a time, and these took about three times as long as once the compilers had settled
 * (p50: resolve 15.5 against 5.4 ms, full text 12.0 against 3.5, entity details 17.2 against 5.1):
 * the first rows of the latency table measured a JVM still compiling, the last ones a warm one. A
 * server that has run a while has compiled its hot code. So, before anything is timed, every row
 * runs on every side, untimed (its own draws, so the timed requests stay those of the seed), in
 * rounds, until the compilers take under JIT_SETTLED_SHARE of Neo4j's CPU in a round or `maxRounds`
 * have run.
 */
async function warmUpJit(
  context: LatencyContext,
  pools: WorkloadPools,
  neo4jPid: number,
  { requestsPerRow, maxRounds }: { requestsPerRow: number; maxRounds: number },
): Promise<WarmUpRound[]> {
  const random = new Random(8);
  const rounds: WarmUpRound[] = [];
  while (rounds.length < maxRounds) {
    const started = performance.now();
    const before = { jit: jitCpuMs(neo4jPid), neo4j: cpuMs(neo4jPid) };
    let errors = 0;
    let mismatches = 0;
    for (const operation of USERS_OPERATIONS) {
      for (const hubs of operation.startsAtEntity ? [false, true] : [false]) {
        const row = await measureOperation(operation, hubs, context, pools, random, {
          iterations: 0,
          warmup: requestsPerRow,
          budgetMs: Infinity,
          quiet: true,
        });
        errors += Object.values(row.errors).reduce((sum, count) => sum + count, 0);
        mismatches += row.mismatches;
      }
    }
    const neo4jMs = cpuMs(neo4jPid) - before.neo4j;
    const jitShare = Math.max(0, jitCpuMs(neo4jPid) - before.jit) / Math.max(1, neo4jMs);
    const round = {
      seconds: Math.round((performance.now() - started) / 100) / 10,
      jitShare: Math.round(jitShare * 1000) / 1000,
      errors,
      mismatches,
    };
    rounds.push(round);
    log(
      `  round ${rounds.length}: ${round.seconds} s, Neo4j's JIT compilers ${Math.round(jitShare * 100)}% of its CPU, ${errors} errors, ${mismatches} differing answers`,
    );
    if (jitShare < JIT_SETTLED_SHARE) break;
  }
  return rounds;
}

/** Draws the users' mix: each operation as often as its weight says. */
function usersMix(pools: WorkloadPools, random: Random): () => PlannedRequest {
  const weighted = USERS_OPERATIONS.map((operation) => [operation, operation.weight] as [Operation, number]);
  return () => {
    const operation = random.weighted(weighted);
    return { operation: operation.name, body: JSON.stringify(operation.request(random, pools)) };
  };
}

/** A Zipf-distributed draw over `pool` (rank r asked in proportion to 1/r^s). */
function zipf<T>(pool: readonly T[], random: Random, s = 1): () => T {
  const weights = pool.map((_, rank) => 1 / (rank + 1) ** s);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return () => {
    const at = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < at) low = middle + 1;
      else high = middle;
    }
    return pool[low]!;
  };
}

interface RunOptions extends LatencyOptions {
  scaleName: string;
  entities: number;
  home: string;
  levelSeconds: number;
  reload: boolean;
  load: 'import' | 'transactional';
  memory: { heap: string; pageCache: string };
  jitWarmUp: { requestsPerRow: number; maxRounds: number };
  smoke: boolean;
}

async function runScale(options: RunOptions): Promise<ScaleResult> {
  const { scaleName, entities } = options;
  log(
    `\n== ${scaleName}: ${entities.toLocaleString('en')} entities, Neo4j heap ${options.memory.heap}, page cache ${options.memory.pageCache} ==`,
  );
  const { server, driver, cypher, connection, graph, ingest } = await openBenchGraph({
    ...options,
    boltPort: 17000 + Object.keys(SCALES).indexOf(scaleName),
    log,
  });
  const children: ChildProcess[] = [];
  // Sends the load from a process of its own, not from this one, which holds the synthetic graph.
  const generator = LoadGenerator.start();
  try {
    // A reused graph may predate a statement of setup (an index): applied as a start applies them.
    await applyMigrations(driver, cypher, 'neo4j');
    const runner = new QueryRunner(driver, cypher, 'neo4j');
    const repositories = createRepositories(runner);
    // The landing page's stories read the curated data: loaded beside the synthetic graph.
    await ensureCuratedGraph(repositories, log);
    // As a start does: entities stored before link keys get them (an ingest finds entities by them).
    await ensureLinkKeys(repositories, log);
    await run(driver, cypher, 'await-indexes');
    const scale = await graphSize(driver, cypher);
    await run(driver, cypher, 'prepare-for-queries');
    const warming = performance.now();
    await run(driver, cypher, 'warm-page-cache');
    log(`Page cache warmed in ${((performance.now() - warming) / 1000).toFixed(1)} s.`);

    const env = { BENCH_NEO4J_URI: connection.uri, BENCH_NEO4J_PASSWORD: connection.password };
    // The latency table and the open-loop levels measure the work: no answer is kept in memory.
    const api = await startChild('serve-api.js', { ...env, RESPONSE_CACHE_MB: '0' });
    children.push(api.child);
    const alternative = await startChild('serve-neo4j-graphql.js', env);
    children.push(alternative.child);
    const pools = {
      ...workloadPools(graph()),
      longestSpans: await readLongestSpans(runner),
    };
    const random = new Random(7);
    const context = { apiUrl: api.url, readsUrl: api.readsUrl!, neo4jGraphqlUrl: alternative.url, driver, cypher };

    log(
      `Warming up the JIT: every operation on every side, ${options.jitWarmUp.requestsPerRow} requests a row, untimed, until Neo4j's compilers take under ${JIT_SETTLED_SHARE * 100}% of its CPU:`,
    );
    const neo4jPid = connection.pid;
    const jitWarmUp = await warmUpJit(context, pools, neo4jPid, options.jitWarmUp);

    log('Latency, one request at a time (p50/p95/p99 ms):');
    const queries: QueryResult[] = [];
    for (const operation of USERS_OPERATIONS) {
      queries.push(await measureOperation(operation, false, context, pools, random, options));
      if (operation.startsAtEntity)
        queries.push(await measureOperation(operation, true, context, pools, random, options));
    }

    log(`Open loop on our API, the users' mix, ${options.levelSeconds} s per rate:`);
    const levels: LoadLevel[] = [];
    const sustains = (level: LevelResult) =>
      level.achieved >= 0.9 * level.rate && level.errors === 0 && level.p99 <= 2_000;
    const within100ms = (level: LevelResult) =>
      sustains(level) && level.byOperation.every((operation) => operation.p95 < P95_TARGET_MS);
    const runMixLevel = async (rate: number) => {
      const before = { api: cpuMs(api.child.pid!), neo4j: cpuMs(neo4jPid) };
      const { level, generatorCpuMs } = await generator.runLevel(
        `${api.url}/graphql`,
        rate,
        options.levelSeconds,
        usersMix(pools, random),
      );
      const answered = Math.max(1, level.sent - level.errors);
      const cpuMsPerRequest = {
        api: Math.round(((cpuMs(api.child.pid!) - before.api) / answered) * 100) / 100,
        neo4j: Math.round(((cpuMs(neo4jPid) - before.neo4j) / answered) * 100) / 100,
        generator: Math.round((generatorCpuMs / answered) * 100) / 100,
      };
      levels.push({ ...level, cpuMsPerRequest });
      log(
        `  ${rate} requests/s asked: ${level.achieved}/s answered, p50/p95/p99 ${level.p50}/${level.p95}/${level.p99} ms, ${level.errors} errors; CPU ms a request: API ${cpuMsPerRequest.api}, Neo4j ${cpuMsPerRequest.neo4j}, load generator ${cpuMsPerRequest.generator}${level.errorExample ? `; e.g. ${level.errorExample}` : ''}`,
      );
      return level;
    };
    // Each level starts once the one before has been answered (see rate-search.ts for the order).
    await searchRates(
      async (rate) => {
        const level = await runMixLevel(rate);
        return { sustained: sustains(level), withinTarget: within100ms(level) };
      },
      options.smoke ? { first: 10, probes: 0, doublings: 1 } : { first: 5 },
    );
    levels.sort((a, b) => a.rate - b.rate);
    const sustained = levels.filter(sustains);
    const best = sustained.at(-1) ?? levels[0]!;
    const within100 = levels.filter(within100ms).at(-1);
    // Near the line, a level's p95 is one draw: its interval says whether the target held.
    const p95AtHighestRate = best.byOperation.flatMap(({ operation, samples }) => {
      const verdict = percentileVerdict(samples ?? [], 95, P95_TARGET_MS);
      return verdict ? [{ operation, ...verdict }] : [];
    });
    log(
      `  p95 at ${best.rate} requests/s, the highest rate sustained, [95% interval] against ${P95_TARGET_MS} ms: ${describeVerdicts(
        p95AtHighestRate,
        best.byOperation,
        (v) => `${v.operation} ${v.value} [${v.low}, ${v.high}] ${v.verdict}`,
      )}`,
    );

    log("With the response cache: a Zipf-distributed draw over 2,000 requests of the users' mix:");
    const cached = await startChild('serve-api.js', { ...env, RESPONSE_CACHE_MB: '64', KG_ADMIN_TOKEN: ADMIN_TOKEN });
    children.push(cached.child);
    const mix = usersMix(pools, random);
    const pool = Array.from({ length: 2_000 }, () => mix());
    const draw = zipf(pool, random);
    // The levels measure a filled cache, as a service that has run a while has: each distinct
    // request asked once first, untimed, a few at a time, so that the API answers each from Neo4j.
    const warmUp = await askEachOnce(`${cached.url}/graphql`, pool, { concurrency: CACHE_FILL_CONCURRENCY });
    log(
      `  first, each of the ${pool.length.toLocaleString('en')} distinct requests once, ${CACHE_FILL_CONCURRENCY} at a time (untimed): ${warmUp.seconds} s, ${warmUp.errors} errors, ${Math.round((warmUp.cacheHitRate ?? 0) * 100)}% already kept${warmUp.errorExample ? `; e.g. ${warmUp.errorExample}` : ''}`,
    );
    const cacheLevels: LevelResult[] = [];
    for (const rate of options.smoke ? [50, 200] : [250, 500, 1_000, 1_500, 2_000]) {
      const { level } = await generator.runLevel(`${cached.url}/graphql`, rate, options.levelSeconds, draw);
      cacheLevels.push(level);
      log(
        `  ${rate} requests/s asked: ${level.achieved}/s answered, p50/p95/p99 ${level.p50}/${level.p95}/${level.p99} ms, ${level.errors} errors, ${Math.round((level.cacheHitRate ?? 0) * 100)}% from the cache${level.errorExample ? `; e.g. ${level.errorExample}` : ''}`,
      );
    }

    log('A cheap query (resolve a whole name) at 20 requests/s while a 1 MB document is ingested:');
    const corpus = readFileSync(
      path.join(projectPaths.root, 'data', 'corpus', 'vertrag-von-tianjin-1858.de.txt'),
      'utf8',
    );
    const text = (options.smoke ? corpus : corpus.repeat(Math.ceil(1_000_000 / corpus.length))).slice(
      0,
      options.smoke ? 20_000 : 1_000_000,
    );
    const ingestStarted = performance.now();
    const ingestRun: { done: boolean; seconds: number; error?: unknown } = { done: false, seconds: 0 };
    const ingesting = post(
      cached.url,
      {
        query:
          'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sentences suggestedRelations } }',
        variables: { input: { id: 'bench-ingest', title: 'Benchmark', language: 'de', text } },
      },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    )
      .then(
        () => void (ingestRun.seconds = (performance.now() - ingestStarted) / 1000),
        (error: unknown) => void (ingestRun.error = error),
      )
      .finally(() => (ingestRun.done = true));
    const cheap = (): PlannedRequest => ({
      operation: 'resolve a whole name',
      body: JSON.stringify({
        query: 'query($name: String!) { resolve(name: $name, first: 5) { id name type } }',
        variables: { name: pools.nameOf(random.pick(pools.byDegree)) },
      }),
    });
    const during: number[] = [];
    let duringErrors = 0;
    while (!ingestRun.done) {
      const { level } = await generator.runLevel(`${cached.url}/graphql`, 20, options.smoke ? 2 : 5, cheap);
      during.push(...levelSamples(level));
      duringErrors += level.errors;
    }
    await ingesting;
    // A refused ingest (its time budget, say) is what a user would get: reported, not hidden.
    const ingestOutcome = ingestRun.error === undefined ? 'ingested' : String((ingestRun.error as Error).message);
    const ingestSeconds =
      ingestRun.error === undefined ? ingestRun.seconds : (performance.now() - ingestStarted) / 1000;
    const duringStats = stats(during);
    log(
      `  ingest ${ingestOutcome} after ${ingestSeconds.toFixed(1)} s (${text.length.toLocaleString('en')} characters); the cheap query meanwhile: p50/p95/p99 ${duringStats.p50}/${duringStats.p95}/${duringStats.p99} ms, n=${duringStats.n}, ${duringErrors} errors`,
    );

    return {
      name: scaleName,
      scale,
      neo4jMemory: options.memory,
      settings: {
        iterations: options.iterations,
        warmup: options.warmup,
        levelSeconds: options.levelSeconds,
        seed: 1858,
      },
      ingest,
      jitWarmUp,
      queries,
      load: {
        requestsPerSecond: best.achieved,
        p99: best.p99,
        errors: best.errors,
        peakRssMb: peakRssMb(api.child.pid!),
        within100msP95: within100?.rate ?? null,
        p95AtHighestRate,
        levels,
      },
      cache: {
        poolSize: pool.length,
        zipfExponent: 1,
        warmUp: { concurrency: CACHE_FILL_CONCURRENCY, seconds: warmUp.seconds, errors: warmUp.errors },
        levels: cacheLevels,
      },
      duringIngest: {
        characters: text.length,
        ingestSeconds,
        outcome: ingestOutcome,
        cheapQuery: { ...duringStats, errors: duringErrors, rate: 20 },
      },
    };
  } finally {
    generator.stop();
    for (const child of children) await stopChild(child);
    await driver.close();
    await server.stop();
  }
}

function commit(): string {
  const probe = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectPaths.root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: projectPaths.root,
    encoding: 'utf8',
  });
  return `${probe.stdout.trim() || 'unknown'}${dirty.stdout.trim() ? ' (with uncommitted changes)' : ''}`;
}

async function main(options: BenchOptions): Promise<void> {
  if (options.reportOnly) {
    await writeReport([], describeMachine(commit()));
    log('Rewrote docs/benchmarks.md from bench/results/.');
    return;
  }
  const { smoke, scales } = options;
  const started = Date.now();
  const workDir = smoke
    ? mkdtempSync(path.join(tmpdir(), 'amur-bench-smoke-'))
    : path.join(projectPaths.root, '.bench');
  mkdirSync(workDir, { recursive: true });
  const results: ScaleResult[] = [];
  try {
    for (const scale of scales) {
      const entities = SCALES[scale]!;
      results.push(
        await runScale({
          scaleName: scale,
          entities,
          home: path.join(workDir, `neo4j-${scale}`),
          iterations: options.iterations,
          budgetMs: options.budgetSeconds * 1000,
          warmup: smoke ? 1 : 10,
          levelSeconds: options.levelSeconds,
          reload: options.reload || smoke,
          // Bulk import at a million; the transactional loader (whose rate is a target too) below.
          load: options.load ?? (entities >= 1_000_000 || smoke ? 'import' : 'transactional'),
          memory: MEMORY[options.memory],
          jitWarmUp: smoke ? { requestsPerRow: 1, maxRounds: 1 } : JIT_WARM_UP,
          smoke,
        }),
      );
    }
    const machine = describeMachine(commit());
    const loadLevels = results.flatMap((result) => [...result.load.levels, ...result.cache.levels]);
    const early = loadLevels.filter((level) => levelSamples(level).some((ms) => ms < 0));
    const problems = [
      ...(early.length > 0 ? [`${early.length} load levels have latencies below zero (a request sent early)`] : []),
      ...results.flatMap((result) =>
        (result.jitWarmUp ?? [])
          .filter((round) => round.errors > 0 || round.mismatches > 0)
          .map((round) => `JIT warm-up: ${round.errors} errors, ${round.mismatches} differing answers in a round`),
      ),
      // Filled a few at a time, the cache's requests have no reason to fail: one that did is not kept.
      ...results
        .filter((result) => (result.cache.warmUp?.errors ?? 0) > 0)
        .map((result) => `filling the response cache: ${result.cache.warmUp!.errors} errors`),
      // A JVM just started always compiles: nothing counted means its compiler threads were not found.
      ...results
        .filter((result) => result.jitWarmUp?.[0]?.jitShare === 0)
        .map(() => "JIT warm-up: no CPU of Neo4j's compiler threads counted in the first round"),
      ...results.flatMap((result) =>
        result.queries.flatMap((query) => [
          ...(query.graphql.n === 0 ? [`${query.name}: ours measured nothing`] : []),
          ...(query.neo4jGraphql.n > 0 && query.sameSelection?.n === 0
            ? [`${query.name}: ours with @neo4j/graphql's fields measured nothing`]
            : []),
          ...Object.entries(query.errors)
            .filter(([, count]) => count > 0)
            .map(([side, count]) => `${query.name}: ${count} errors (${side})`),
          ...(query.mismatches > 0
            ? [`${query.name}: ${query.mismatches} answers differ, e.g. ${query.mismatchExample}`]
            : []),
        ]),
      ),
    ];
    if (smoke) {
      const loadErrors = loadLevels.filter((level) => level.errors > 0);
      if (loadErrors.length > 0) problems.push(`${loadErrors.length} load levels had errors`);
      if (problems.length > 0) throw new Error(`the smoke run failed:\n${problems.join('\n')}`);
      log(
        `\nSmoke run complete in ${Math.round((Date.now() - started) / 1000)} s: no errors, every answer equal; nothing written.`,
      );
    } else {
      await writeReport(results, machine);
      log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s: bench/results/, docs/benchmarks.md`);
      if (problems.length > 0) throw new Error(`the run is not valid:\n${problems.join('\n')}`);
    }
  } finally {
    closeConnections();
    if (smoke) rmSync(workDir, { recursive: true, force: true });
  }
}

runBenchCommand(process.argv.slice(2), parseBenchOptions, BENCH_USAGE, main, (error) => {
  // What Neo4j or its admin tool said, when that is why.
  if (error instanceof UserFacingError && error.detail) console.error(error.detail);
});
