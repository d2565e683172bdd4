/**
 * The benchmark's outputs: bench/results/<scale>.json per scale (with every sample), bench/results/
 * latest.json (the largest scale of the latest run, in the shape clients of these numbers read,
 * with the new fields added), and docs/benchmarks.md, a human summary of every scale on record
 * with the machine, commit and Neo4j memory it ran with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectPaths } from '../src/project-paths';
import {
  describeVerdicts,
  type LatencyStats,
  type PercentileVerdict,
  type RatioVerdict,
  type Verdict,
} from './bench-stats';
import type { LevelResult } from './open-loop';

export type { LatencyStats } from './bench-stats';
/**
 * The sides a row times: our API with the explorer's request (graphql), the reads it made sent
 * straight through the driver (cypher), @neo4j/graphql (neo4jGraphql), and our API asked for the
 * fields @neo4j/graphql returns (sameSelection), the like-for-like side of that comparison.
 */
export type Side = 'graphql' | 'cypher' | 'neo4jGraphql' | 'sameSelection';

export interface QueryResult {
  name: string;
  graphql: LatencyStats;
  cypher: LatencyStats;
  neo4jGraphql: LatencyStats;
  /** Absent in results from before it was measured (their @neo4j/graphql verdict is against `graphql`). */
  sameSelection?: LatencyStats;
  errors: Partial<Record<Side, number>> & Record<'graphql' | 'cypher' | 'neo4jGraphql', number>;
  /** Answers that differed between the sides (a run with any is not valid). */
  mismatches: number;
  mismatchExample?: string;
  errorExample?: string;
  verdicts: { withinCypher: RatioVerdict | null; versusNeo4jGraphql: RatioVerdict | null };
  /** Every timed latency, in ms. */
  samples: Partial<Record<Side, number[]>>;
}

/** An open-loop level with the CPU a request cost each process. */
export type LoadLevel = LevelResult & { cpuMsPerRequest: { api: number; neo4j: number; generator: number } };

/** The JIT warm-up ends after the first round in which the compilers took less of Neo4j's CPU. */
export const JIT_SETTLED_SHARE = 0.05;

/** The JIT warm-up's rounds (run-benchmarks.ts, `warmUpJit`): requests of each row in a round, and at most how many rounds. */
export const JIT_WARM_UP = { requestsPerRow: 20, maxRounds: 15 } as const;

/** A round of the JIT warm-up before the timed requests (run-benchmarks.ts, `warmUpJit`). */
export interface WarmUpRound {
  seconds: number;
  /** The share of Neo4j's CPU its JIT compiler threads took in the round. */
  jitShare: number;
  errors: number;
  mismatches: number;
}

export interface ScaleResult {
  name: string;
  scale: { entities: number; relations: number };
  neo4jMemory: { heap: string; pageCache: string };
  settings: { iterations: number; warmup: number; levelSeconds: number; seed: number };
  /**
   * How the graph was loaded: `import` (CSV through neo4j-admin: seconds to write the CSV, to
   * import, to build constraints and indexes) or `transactional` (the ingestion statements).
   */
  ingest: {
    method?: 'import' | 'transactional';
    relationsPerSecond: number;
    seconds: Record<string, number>;
    counts?: Record<string, number>;
    /** When the graph was loaded (absent in earlier results). */
    loadedAt?: string;
    /** True when this run reused a graph an earlier run loaded: the figures above are that load's. */
    reused?: boolean;
  };
  /** The untimed rounds run before anything was timed (absent in earlier results). */
  jitWarmUp?: WarmUpRound[];
  queries: QueryResult[];
  /** The open-loop levels; requestsPerSecond is the highest rate sustained (answered at 90% or more, no error). */
  load: {
    requestsPerSecond: number;
    p99: number;
    errors: number;
    peakRssMb: number;
    /** The highest rate at which every operation's p95 stayed under 100 ms. */
    within100msP95: number | null;
    /**
     * At the highest rate sustained, each operation's p95 against the 100 ms target, with its 95%
     * bootstrap interval (absent in results from before it was given).
     */
    p95AtHighestRate?: ({ operation: string } & PercentileVerdict)[];
    levels: LoadLevel[];
  };
  cache: {
    poolSize: number;
    zipfExponent: number;
    /**
     * Each distinct request asked once before the levels, untimed (absent in earlier results): a
     * few at a time (`concurrency`), or in earlier results at a fixed `rate`.
     */
    warmUp?: { concurrency?: number; rate?: number; seconds: number; errors: number };
    levels: LevelResult[];
  };
  duringIngest: {
    characters: number;
    ingestSeconds: number | null;
    /** `ingested`, or the error the ingest was refused with. */
    outcome?: string;
    cheapQuery: LatencyStats & { errors: number; rate: number };
  };
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  packages: Record<string, string>;
  /** The commit measured, and whether the work tree had changes. */
  commit: string;
}

const RESULTS = path.join(projectPaths.root, 'bench', 'results');

function packageVersion(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`, { paths: [projectPaths.root] });
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    // Packages that do not export package.json: read it from node_modules.
    const file = path.join(projectPaths.root, 'node_modules', name, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
  }
}

export function describeMachine(commit: string): Machine {
  // `java -version` writes to stderr.
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = (probe.stderr || probe.stdout || 'java: unknown').split('\n')[0]!.trim();
  const pom = readFileSync(path.join(projectPaths.root, 'neo4j', 'pom.xml'), 'utf8');
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: java.trim(),
    neo4j: /<neo4j.version>([^<]+)<\/neo4j.version>/.exec(pom)?.[1] ?? 'see neo4j/pom.xml',
    packages: Object.fromEntries(
      ['@apollo/server', 'graphql', 'graphql-jit', 'type-graphql', 'neo4j-driver', '@neo4j/graphql'].map((name) => [
        name,
        packageVersion(name),
      ]),
    ),
    commit,
  };
}

/** A level as latest.json gives it: percentiles, no samples (the scale's file keeps them). */
function withoutSamples<Level extends LevelResult>(level: Level): Level {
  const { samples: _samples, ...rest } = level as Level & { samples?: number[] };
  return {
    ...rest,
    byOperation: level.byOperation.map(({ samples: _own, ...operation }) => operation),
  } as Level;
}

function latest(result: ScaleResult & { machine?: Machine }) {
  const percentiles = ({ p50, p95, p99, n }: LatencyStats) => ({ p50, p95, p99, n });
  return {
    scale: result.scale,
    neo4jMemory: result.neo4jMemory,
    ingest: result.ingest,
    ...(result.jitWarmUp && { jitWarmUp: result.jitWarmUp }),
    queries: result.queries.map((query) => ({
      name: query.name,
      graphql: percentiles(query.graphql),
      cypher: percentiles(query.cypher),
      neo4jGraphql: percentiles(query.neo4jGraphql),
      ...(query.sameSelection && { sameSelection: percentiles(query.sameSelection) }),
      errors: query.errors,
      mismatches: query.mismatches,
      verdicts: query.verdicts,
    })),
    load: {
      requestsPerSecond: result.load.requestsPerSecond,
      p99: result.load.p99,
      errors: result.load.errors,
      peakRssMb: result.load.peakRssMb,
      within100msP95: result.load.within100msP95,
      ...(result.load.p95AtHighestRate && { p95AtHighestRate: result.load.p95AtHighestRate }),
      levels: result.load.levels.map(withoutSamples),
    },
    cache: { ...result.cache, levels: result.cache.levels.map(withoutSamples) },
    duringIngest: result.duringIngest,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const three = (s: LatencyStats) => (s.n === 0 ? '—' : `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} (n=${s.n})`);
const mark = (v: Verdict) => (v === 'met' ? 'met' : v === 'missed' ? '**missed**' : '_inconclusive_');
const verdict = (v: RatioVerdict | null) =>
  v === null ? '—' : `${v.ratio.toFixed(2)}x [${v.low.toFixed(2)}, ${v.high.toFixed(2)}] ${mark(v.verdict)}`;

/** Against @neo4j/graphql: our API asked for the same fields; results from before that compared the explorer's fields, and say so. */
const versusNeo4jGraphql = (q: QueryResult) =>
  q.sameSelection || q.verdicts.versusNeo4jGraphql === null
    ? verdict(q.verdicts.versusNeo4jGraphql)
    : `${verdict(q.verdicts.versusNeo4jGraphql)} (ours with the explorer's fields)`;

/** What ran before the timed requests, so that Neo4j's JIT compilers had settled (or had not). */
function jitWarmUpLine(rounds: readonly WarmUpRound[]): string {
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const shares = rounds.map((round) => `${Math.round(round.jitShare * 100)}%`).join(', ');
  const settled = (rounds.at(-1)?.jitShare ?? 1) < JIT_SETTLED_SHARE;
  return `Before anything was timed, every row ran on every side, untimed, in ${rounds.length} round${rounds.length === 1 ? '' : 's'} (${ms(seconds)} s) ${settled ? "until Neo4j's JIT compilers took under" : "and Neo4j's JIT compilers had not settled under"} ${JIT_SETTLED_SHARE * 100}% of its CPU; their share round by round: ${shares}.`;
}

function table(result: ScaleResult): string {
  const ingest = result.ingest;
  const earlier = ingest.reused
    ? `The graph was loaded by an earlier run${ingest.loadedAt ? ` (${ingest.loadedAt.slice(0, 10)})` : ''} and reused by this one. `
    : '';
  const loaded =
    earlier +
    (ingest.method === 'import'
      ? `Loaded with \`neo4j-admin database import\`: CSV written in ${ms(ingest.seconds.csv ?? NaN)} s, imported in ${ms(ingest.seconds.import ?? NaN)} s (${ingest.relationsPerSecond.toLocaleString('en')} relations/s), constraints and indexes built in ${ms(ingest.seconds.indexes ?? NaN)} s.`
      : `Loaded through the ingestion statements (transactions of 2,000 rows, 2 writers): ${ingest.relationsPerSecond.toLocaleString('en')} relations per second.`);
  const level = (l: LoadLevel) =>
    `| ${l.rate} | ${l.achieved} | ${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} | ${l.errors} | ${l.cpuMsPerRequest.api} | ${l.cpuMsPerRequest.neo4j} | ${l.cpuMsPerRequest.generator} |`;
  const last = result.load.levels.at(-1);
  const best = result.load.levels.find((l) => l.achieved === result.load.requestsPerSecond) ?? last;
  const within = result.load.levels.find((l) => l.rate === result.load.within100msP95);
  const byOperation = (l: LoadLevel) =>
    l.byOperation.map((o) => `${o.operation} ${ms(o.p50)} / ${ms(o.p95)} / ${ms(o.p99)} (n=${o.n})`).join('; ');
  return [
    `### ${result.scale.entities.toLocaleString('en')} entities, ${result.scale.relations.toLocaleString('en')} relations`,
    '',
    `Neo4j heap ${result.neo4jMemory.heap}, page cache ${result.neo4jMemory.pageCache}; ${result.settings.iterations} timed requests per operation and side after ${result.settings.warmup} untimed, ${result.settings.levelSeconds} s per load level.`,
    loaded,
    '',
    '#### One request at a time (ms)',
    '',
    ...(result.jitWarmUp ? [jitWarmUpLine(result.jitWarmUp), ''] : []),
    '| operation | ours p50 / p95 / p99 | same reads, raw Cypher | @neo4j/graphql | ours, asked for the fields @neo4j/graphql returns | ours / Cypher p50 [95% interval] (target 1.3x) | ours / @neo4j/graphql p50, the same fields (target 1.0x) | errors, differing answers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.queries.map(
      (q) =>
        `| ${q.name} | ${three(q.graphql)} | ${three(q.cypher)} | ${three(q.neo4jGraphql)} | ${q.sameSelection ? three(q.sameSelection) : '—'} | ${verdict(q.verdicts.withinCypher)} | ${versusNeo4jGraphql(q)} | ${Object.values(q.errors).reduce((sum, n) => sum + (n ?? 0), 0)}, ${q.mismatches} |`,
    ),
    '',
    "#### Open loop: the users' mix at fixed arrival rates, no response cache",
    '',
    '| asked (requests/s) | answered (requests/s) | p50 / p95 / p99 (ms) | errors | API CPU ms a request | Neo4j CPU ms a request | load generator CPU ms a request |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.load.levels.map(level),
    '',
    best
      ? `Per operation at ${best.rate} requests/s, the highest rate sustained (p50 / p95 / p99 ms): ${byOperation(best)}.`
      : '',
    ...(best && result.load.p95AtHighestRate
      ? [
          '',
          `Their p95 against the target of under ${result.load.p95AtHighestRate[0]?.limit ?? 100} ms, with its 95% bootstrap interval: ${describeVerdicts(
            result.load.p95AtHighestRate,
            best.byOperation,
            (v) => `${v.operation} ${ms(v.value)} [${ms(v.low)}, ${ms(v.high)}] ${mark(v.verdict)}`,
          )}.`,
        ]
      : []),
    '',
    `Highest rate at which every operation's p95 stayed under 100 ms: ${result.load.within100msP95 === null ? 'none of the rates tried' : `${result.load.within100msP95} requests/s`}${within && within !== best ? ` (per operation, p50 / p95 / p99 ms: ${byOperation(within)})` : ''}. API peak RSS ${result.load.peakRssMb} MB.`,
    '',
    ...capacityModel(result, best),
    `#### With the response cache: Zipf (s = ${result.cache.zipfExponent}) over ${result.cache.poolSize.toLocaleString('en')} requests of the mix`,
    '',
    ...(result.cache.warmUp
      ? [
          `Before the levels, each distinct request was asked once ${result.cache.warmUp.concurrency === undefined ? `at ${result.cache.warmUp.rate} requests/s` : `(${result.cache.warmUp.concurrency} at a time, ${result.cache.warmUp.seconds} s)`}, untimed (${result.cache.warmUp.errors} errors): the levels measure a filled cache.`,
        ]
      : []),
    '',
    '| asked (requests/s) | answered (requests/s) | p50 / p95 / p99 (ms) | errors | from the cache |',
    '| --- | --- | --- | --- | --- |',
    ...result.cache.levels.map(
      (l) =>
        `| ${l.rate} | ${l.achieved} | ${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} | ${l.errors} | ${l.cacheHitRate === null ? '—' : `${Math.round(l.cacheHitRate * 100)}%`} |`,
    ),
    '',
    `#### During a ${result.duringIngest.characters.toLocaleString('en')}-character ingest`,
    '',
    `The ingest ${result.duringIngest.outcome === undefined || result.duringIngest.outcome === 'ingested' ? 'took' : `was refused ("${result.duringIngest.outcome}") after`} ${ms(result.duringIngest.ingestSeconds ?? NaN)} s; a cheap query (resolve a whole name) at ${result.duringIngest.cheapQuery.rate} requests/s meanwhile: p50 / p95 / p99 ${ms(result.duringIngest.cheapQuery.p50)} / ${ms(result.duringIngest.cheapQuery.p95)} / ${ms(result.duringIngest.cheapQuery.p99)} ms (n=${result.duringIngest.cheapQuery.n}), ${result.duringIngest.cheapQuery.errors} errors.`,
    '',
  ].join('\n');
}

/**
 * Requests per second per core for the users' mix, from the CPU time a request took at the highest
 * rate sustained (the API's and Neo4j's, on the same cores), and what N cores would serve; with
 * the response cache, only misses cost that much.
 */
function capacityModel(result: ScaleResult, best: LoadLevel | undefined): string[] {
  if (!best) return [];
  const cpu = best.cpuMsPerRequest.api + best.cpuMsPerRequest.neo4j;
  const perCore = 1000 / cpu;
  const cached = result.cache.levels.find((level) => level.rate === 1_000) ?? result.cache.levels.at(-1);
  const hitRate = cached?.cacheHitRate ?? 0;
  // A hit costs the API about what the cheapest answer does; counted as 0.5 ms of CPU.
  const cachedCpu = (1 - hitRate) * cpu + hitRate * 0.5;
  const cores = [2, 4, 8, 16];
  return [
    '#### Capacity model',
    '',
    `At ${best.rate} requests/s a request of the mix took ${ms(best.cpuMsPerRequest.api)} ms of the API's CPU and ${ms(best.cpuMsPerRequest.neo4j)} ms of Neo4j's: ${ms(cpu)} ms, so one core serves about ${perCore.toFixed(1)} requests/s of this mix without the response cache, and N cores about N times that while neither Neo4j nor one API process is the bottleneck (API processes scale out on their own cores, see the README's deployment section; Neo4j's share needs Neo4j's cores). With the cache answering ${Math.round(hitRate * 100)}% of a Zipf workload${cached ? ` (at ${cached.rate} requests/s)` : ''}, a request costs about ${ms(cachedCpu)} ms: ${(1000 / cachedCpu).toFixed(0)} requests/s a core.`,
    '',
    '| cores | requests/s, no cache | requests/s, Zipf with cache |',
    '| --- | --- | --- |',
    ...cores.map((n) => `| ${n} | ${Math.round(n * perCore)} | ${Math.round((n * 1000) / cachedCpu)} |`),
    '',
    'A model, not a measurement: it assumes CPU is what runs out (the measured levels say when latency grows first), and the load generator shared these 2 cores (its CPU a request is in the table above).',
    '',
  ];
}

/** Writes the results of this run and docs/benchmarks.md, formatted as the format check wants it. */
export async function writeReport(results: readonly ScaleResult[], machine: Machine): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  // Written as the project's Prettier writes JSON, so that the format check passes on them as committed.
  // The scale's file from compact JSON (its samples filled line by line), latest.json from
  // indented JSON (an object a line per key).
  const writeJson = async (file: string, json: string) => {
    const options = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(json, { ...options, filepath: file }));
  };
  for (const result of results) {
    await writeJson(path.join(RESULTS, `${result.name}.json`), JSON.stringify({ machine, ...result }));
  }
  if (results.length > 0) {
    const largest = [...results].sort((a, b) => b.scale.entities - a.scale.entities)[0]!;
    await writeJson(path.join(RESULTS, 'latest.json'), JSON.stringify({ machine, ...latest(largest) }, null, 2));
  }

  const onRecord = readdirSync(RESULTS)
    .filter((file) => /^(\d+[km])\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(path.join(RESULTS, file), 'utf8')) as ScaleResult & { machine: Machine })
    // Results of the earlier harness (another workload, no samples) are not compared with these.
    .filter((result) => Array.isArray(result.load?.levels))
    .sort((a, b) => a.scale.entities - b.scale.entities);
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (see `bench/run-benchmarks.ts`); every number below is from a run on the machine,',
    'commit and Neo4j memory named with it, and `bench/results/<scale>.json` holds every sample. What is measured:',
    '',
    "- **the users' workload** (`bench/users-workload.ts`): the explorer's own operations as it sends them: a name",
    '  typed letter by letter (Resolve and Search for prefixes of three letters or more), entity details with 100',
    '  relations, the neighbourhood at depth 1 limited to 300, 5 paths of up to 6 hops, timeline pages of 100 over a',
    "  decade where the dates cluster, and the landing page's stories; entities drawn by degree, with rows of their",
    '  own for the 10 most connected entities (hubs). Entity details, the neighbourhood and the timeline ask for what',
    '  the explorer shows, the evidence of a relation being read when it is chosen; until 2026-12-05 they asked for',
    "  every relation's evidence too (a hub's neighbourhood 281 KB instead of 147, a timeline page 122 KB instead of",
    "  32, a hub's details 98 KB instead of 56), and until the end of that day the neighbourhood asked for both ends",
    "  of each relation by name, where it now takes them by id, the nodes holding their names (a hub's 148 KB, now 111);",
    "  entity details asked for each relation's own cursor, which the explorer does not use, until 2026-12-06, in the",
    "  first three runs of that day (an ordinary entity's 21-24 KB, now 16-19);",
    '- **one request at a time**: for each request an untimed traced request records the reads our API makes; then',
    '  three sides (four, below) in a random order: **ours** (the GraphQL API over HTTP, its own process, no response cache),',
    '  **the same reads through `neo4j-driver`** (the floor: what is left over it is HTTP, GraphQL and our code; reads',
    '  the API sent together go together, and one the API sent only after others had answered waits for those, as a',
    '  client must; its clock stops when the rows are in, before they are compared), and **@neo4j/graphql** where it can do the',
    '  same work with the same statement shape (`cypher/bench/`: depth-1 neighbourhood, the paths by the same search,',
    '  the timeline through the same index seeks). @neo4j/graphql returns less than the explorer asks of ours (the ends',
    "  by id, name and type, the evidence's sentences; no dates, claims or citations), so ours is timed a fourth time",
    '  asked for those fields only, and the comparison with @neo4j/graphql is made on that: the same work on both sides.',
    "  The raw reads must return the rows the API got, @neo4j/graphql's answers and ours with its fields the same",
    "  entries as the explorer's request (ids; for paths their lengths; for a neighbourhood cut at its limit the",
    '  count), or the run fails. A ratio is **met** or **missed** only when its 95% bootstrap interval lies wholly',
    '  on one side of the target; otherwise it is **inconclusive**. The HTTP requests go through `node:http` on',
    '  kept-alive connections, asking for compressed answers as a browser does (`bench/http-client.ts`); until',
    "  2026-12-04 they went through Node's fetch, which cost about 1.4 ms more a request, charged to the HTTP sides;",
    "- **open loop**: the users' mix at fixed arrival rates, doubling until the API falls behind (answers under 90% of",
    '  the rate, an error, or p99 over 2 s); then the gap between the last rate sustained and the one that was not is',
    '  halved twice, and so is the gap above the highest rate at which every operation kept its p95 under 100 ms, so',
    '  that both rates are known to a quarter of their gap (`bench/rate-search.ts`); latency counts from when a request',
    "  was due, so a queue is charged to the server. At the highest rate sustained each operation's p95 is given with",
    '  its 95% bootstrap interval, and the target of under 100 ms is **met** or **missed** only when that interval',
    '  lies wholly on one side of it (since 2026-12-05; the search for the rates goes by the p95 measured). CPU time a',
    '  request is read from `/proc` for the API process and',
    '  Neo4j. The load generator is a small',
    "  process of its own (`bench/load-generator.ts`, sent each level's requests drawn beforehand), not the benchmark",
    '  process, whose gigabyte of synthetic graph made garbage-collection pauses that were charged to the API; it shares',
    '  the same 2 cores (there are no others to put it on): its own CPU a request is given so that it can be subtracted;',
    '- **the response cache**: a second API process with `RESPONSE_CACHE_MB=64`, asked a Zipf-distributed draw over',
    "  2,000 requests of the users' mix; and a cheap query's latency while that process ingests a 1 MB document.",
    '',
    'The synthetic graph (`bench/synthetic-graph.ts`) is seeded and deterministic and takes its shape from the curated',
    'graph: all 34 relation types between the entity types they join there, in their proportions; dates drawn from the',
    'curated dates (clustered in the 1850s, every precision, most relations undated); 4% claims, plans and beliefs;',
    "three sentences of the corpus's lengths about each entity, which mention it and which its relations quote; a",
    'skewed degree distribution. The curated data is loaded beside it. Suggestions of ingested documents are not',
    'made. Before anything is timed, Neo4j resamples its indexes, drops its cached plans and reads every entity,',
    `relation and sentence once; then every row of the table below runs on every side, untimed, in rounds of ${JIT_WARM_UP.requestsPerRow}`,
    `requests a row until Neo4j's JIT compilers take under ${JIT_SETTLED_SHARE * 100}% of its CPU in a round (at most ${JIT_WARM_UP.maxRounds} rounds), as on a`,
    'server that has run a while. Until 2026-12-05 only 10 untimed requests a row came first: the first rows were',
    'timed while the JVM was still compiling (in the last run without the warm-up, resolve, full-text search and',
    'entity details took about twice as long at p50 as in the first run with it).',
    '',
    'A million entities are loaded in bulk: CSV through `neo4j-admin database import`, the database offline, the',
    'CSV giving every node its node id (`--id-type=actual`), so that the import need not look up the ends of each',
    'relationship in an id map (since 2026-12-04; with string ids a third of its CPU went to those look-ups).',
    'Smaller scales go through the transactional ingestion statements, whose rate is given as `relationsPerSecond`.',
    '',
    ...onRecord.flatMap((result) => [
      `## ${result.name}`,
      '',
      `Run ${result.machine.date.slice(0, 10)} at commit ${result.machine.commit} on ${result.machine.cores} cores (${result.machine.cpu}), ${result.machine.memoryGb} GB, ${result.machine.os}; Node ${result.machine.node}, ${result.machine.java}, Neo4j ${result.machine.neo4j} Community; ${Object.entries(
        result.machine.packages,
      )
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}.`,
      '',
      table(result),
    ]),
  ].join('\n');
  const file = path.join(projectPaths.root, 'docs', 'benchmarks.md');
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(doc, { ...options, filepath: file }));
}
