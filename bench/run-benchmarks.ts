/**
 * `npm run bench`: the performance of the API at scale, side by side with raw Cypher and with
 * @neo4j/graphql, and under a mixed load. For each scale it
 *   1. starts a Neo4j of its own (a folder under .bench/, kept between runs: a graph already
 *      loaded at the same size and seed is reused; --reload loads it again),
 *   2. generates the seeded synthetic graph and loads it through the ingestion path, timing it,
 *   3. starts our API and @neo4j/graphql in processes of their own,
 *   4. times every query of bench-queries.ts the three ways, interleaved, after a warm-up,
 *   5. drives a mixed read load at our API with autocannon, and reads its peak memory,
 *   6. writes bench/results/<scale>.json, bench/results/latest.json and docs/benchmarks.md.
 * `--smoke` does all of it at a tiny scale, in a temporary folder, writing nothing in the project.
 *
 *   npm run bench -- [--scale 10k,100k,1m] [--iterations 200] [--load-seconds 60] [--reload] [--smoke]
 *   npm run bench -- --report-only   (docs/benchmarks.md again from bench/results/)
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { CypherLoader } from '../src/db/cypher-loader';
import { projectPaths } from '../src/project-paths';
import { benchQueries, type Implementation, type QueryContext } from './bench-queries';
import { benchMemory, openBenchGraph, run, SCALES } from './bench-graph';
import { peakRssMb, startChild, stopChild } from './bench-processes';
import { describeMachine, writeReport, type LatencyStats, type ScaleResult } from './bench-report';
import { Random } from './synthetic-graph';

const IMPLEMENTATIONS: Implementation[] = ['graphql', 'cypher', 'neo4jGraphql'];
const log = (line: string) => console.log(line);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
}

async function graphSize(driver: Driver, cypher: CypherLoader): Promise<{ entities: number; relations: number }> {
  const [record] = await run(driver, cypher, 'graph-size');
  return { entities: Number(record!.get('entities')), relations: Number(record!.get('relations')) };
}

interface RunOptions {
  scaleName: string;
  entities: number;
  home: string;
  iterations: number;
  warmup: number;
  loadSeconds: number;
  connections: number;
  reload: boolean;
  memory: { heap: string; pageCache: string };
  /** Time one implementation may spend on one query before it is timed no further. */
  budgetMs: number;
}

async function runScale(options: RunOptions): Promise<ScaleResult> {
  const { scaleName, entities } = options;
  log(`\n== ${scaleName}: ${entities.toLocaleString('en')} entities ==`);
  const {
    server,
    driver,
    cypher,
    connection,
    graph: syntheticGraph,
    ingest,
  } = await openBenchGraph({
    ...options,
    boltPort: 17000 + Object.keys(SCALES).indexOf(scaleName),
    log,
  });
  const children: ChildProcess[] = [];
  try {
    const scale = await graphSize(driver, cypher);
    await run(driver, cypher, 'prepare-for-queries');
    const warming = performance.now();
    await run(driver, cypher, 'warm-page-cache');
    log(`Page cache warmed in ${((performance.now() - warming) / 1000).toFixed(1)} s.`);

    const env = { BENCH_NEO4J_URI: connection.uri, BENCH_NEO4J_PASSWORD: connection.password };
    const api = await startChild('serve-api.js', env);
    children.push(api.child);
    const alternative = await startChild('serve-neo4j-graphql.js', env);
    children.push(alternative.child);
    const context: QueryContext = { driver, cypher, apiUrl: api.url, neo4jGraphqlUrl: alternative.url };

    const graph = syntheticGraph();
    const persons = graph.idsByType.get('PERSON')!;
    const pools = {
      ids: graph.entities.map((entity) => entity.id),
      names: persons.slice(0, 50_000).map((id) => graph.entities[Number(id.slice(1))]!.name),
    };
    const queries = benchQueries(pools);
    const random = new Random(7);
    const results: ScaleResult['queries'] = [];
    for (const query of queries) {
      const samples: Record<Implementation, number[]> = { graphql: [], cypher: [], neo4jGraphql: [] };
      const errors: Record<Implementation, string[]> = { graphql: [], cypher: [], neo4jGraphql: [] };
      // Warm-up ends after `warmup` runs or a tenth of the budget; an implementation that has used
      // up its budget for a query is timed no further, so its numbers rest on fewer runs (n).
      const spent: Record<Implementation, number> = { graphql: 0, cypher: 0, neo4jGraphql: 0 };
      const warmed: Record<Implementation, number> = { graphql: 0, cypher: 0, neo4jGraphql: 0 };
      for (let i = 0; i < options.warmup + options.iterations; i += 1) {
        const parameters = query.parameters(random);
        // Rotate the order so that no implementation always runs first on cold pages.
        for (let k = 0; k < IMPLEMENTATIONS.length; k += 1) {
          const implementation = IMPLEMENTATIONS[(i + k) % IMPLEMENTATIONS.length]!;
          const warming = warmed[implementation] < options.warmup && spent[implementation] < options.budgetMs / 10;
          if (
            !warming &&
            (spent[implementation] > options.budgetMs || samples[implementation].length >= options.iterations)
          ) {
            continue;
          }
          const started = performance.now();
          try {
            await query.run[implementation](context, parameters);
            if (warming) warmed[implementation] += 1;
            else samples[implementation].push(performance.now() - started);
          } catch (error) {
            errors[implementation].push((error as Error).message);
          }
          spent[implementation] += performance.now() - started;
        }
      }
      const row = {
        name: query.name,
        graphql: stats(samples.graphql),
        cypher: stats(samples.cypher),
        neo4jGraphql: stats(samples.neo4jGraphql),
        errors: Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, errors[impl].length])) as Record<
          Implementation,
          number
        >,
      };
      results.push(row);
      log(
        `  ${query.name.padEnd(36)} p50/p95/p99 ms  graphql ${fmt(row.graphql)}  cypher ${fmt(row.cypher)}  @neo4j/graphql ${fmt(row.neo4jGraphql)}`,
      );
      for (const impl of IMPLEMENTATIONS) {
        if (errors[impl].length > 0) log(`    ${impl}: ${errors[impl].length} errors, e.g. ${errors[impl][0]}`);
      }
    }

    log(`Mixed load on our API: ${options.connections} connections for ${options.loadSeconds} s...`);
    const bodies: string[] = [];
    const mix = [
      {
        query: 'query($name: String!) { resolve(name: $name, first: 5) { id name type } }',
        vars: () => ({ name: random.pick(pools.names) }),
      },
      {
        query:
          'query($id: ID!) { entity(id: $id) { id name type relations(first: 20) { totalCount edges { node { id type target { id name } } } } } }',
        vars: () => ({ id: random.pick(pools.ids) }),
      },
      {
        query:
          'query($id: ID!) { neighbourhood(ids: [$id], depth: 2, limit: 200) { truncated nodes { id name } relations { id type } } }',
        vars: () => ({ id: random.pick(pools.ids) }),
      },
      {
        query: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 1) { length } }',
        vars: () => ({ from: random.pick(pools.ids), to: random.pick(pools.ids) }),
      },
      {
        query:
          'query($from: String!, $to: String!) { timeline(from: $from, to: $to, first: 100) { edges { node { label date { iso } } } } }',
        vars: () => {
          const from = 1600 + random.int(290);
          return { from: String(from), to: String(from + 9) };
        },
      },
    ];
    for (let i = 0; i < 1000; i += 1) {
      const item = mix[i % mix.length]!;
      bodies.push(JSON.stringify({ query: item.query, variables: item.vars() }));
    }
    let next = 0;
    let graphqlErrors = 0;
    const load = await autocannon({
      url: `${api.url}/graphql`,
      connections: options.connections,
      duration: options.loadSeconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (_status, body) => {
            if (body.includes('"errors"')) graphqlErrors += 1;
          },
        },
      ],
    });
    const loadResult = {
      requestsPerSecond: Math.round(load.requests.average),
      p99: load.latency.p99,
      errors: load.errors + load.timeouts + load.non2xx + graphqlErrors,
      peakRssMb: peakRssMb(api.child.pid!),
    };
    log(
      `  ${loadResult.requestsPerSecond} requests/s, p99 ${loadResult.p99} ms, ${loadResult.errors} errors, API peak RSS ${loadResult.peakRssMb} MB`,
    );
    return { name: scaleName, scale, ingest, queries: results, load: loadResult };
  } finally {
    for (const child of children) await stopChild(child);
    await driver.close();
    await server.stop();
  }
}

function fmt(s: LatencyStats): string {
  return `${s.p50}/${s.p95}/${s.p99}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      scale: { type: 'string', default: '10k,100k,1m' },
      iterations: { type: 'string' },
      'load-seconds': { type: 'string' },
      connections: { type: 'string', default: '16' },
      reload: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
    },
  });
  if (values['report-only']) {
    // Rewrites docs/benchmarks.md from the results on record, measuring nothing.
    await writeReport([], describeMachine());
    log('Rewrote docs/benchmarks.md from bench/results/.');
    return;
  }
  const smoke = values.smoke;
  const scales = smoke ? ['2k'] : values.scale.split(',').map((s) => s.trim().toLowerCase());
  for (const scale of scales) {
    if (!(scale in SCALES)) throw new Error(`unknown scale "${scale}": use ${Object.keys(SCALES).join(', ')}`);
  }
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
          iterations: Number(values.iterations ?? (smoke ? 6 : 200)),
          budgetMs: smoke ? 20_000 : 90_000,
          warmup: smoke ? 2 : 30,
          loadSeconds: Number(values['load-seconds'] ?? (smoke ? 2 : 60)),
          connections: Number(values.connections),
          reload: values.reload || smoke,
          memory: benchMemory(entities),
        }),
      );
    }
    const machine = describeMachine();
    if (smoke) {
      const missing = results.flatMap((r) =>
        r.queries.flatMap((q) => IMPLEMENTATIONS.filter((impl) => q[impl].n === 0).map((impl) => `${q.name}/${impl}`)),
      );
      if (missing.length > 0) throw new Error(`the smoke run measured nothing for ${missing.join(', ')}`);
      log(`\nSmoke run complete in ${Math.round((Date.now() - started) / 1000)} s; nothing written.`);
    } else {
      await writeReport(results, machine);
      log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s: bench/results/, docs/benchmarks.md`);
    }
  } finally {
    if (smoke) rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
