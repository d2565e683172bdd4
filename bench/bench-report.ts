/**
 * The benchmark's outputs: bench/results/<scale>.json per scale, bench/results/latest.json (the
 * largest scale of the latest run, in the shape clients of these numbers read), and
 * docs/benchmarks.md, a human summary of every scale on record with the machine it ran on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { projectPaths } from '../src/project-paths';

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  /** How many timed runs. */
  n: number;
}

export interface ScaleResult {
  name: string;
  scale: { entities: number; relations: number };
  ingest: { relationsPerSecond: number; seconds: { documents: number; entities: number; relations: number } };
  queries: {
    name: string;
    graphql: LatencyStats;
    cypher: LatencyStats;
    neo4jGraphql: LatencyStats;
    errors: Record<'graphql' | 'cypher' | 'neo4jGraphql', number>;
  }[];
  load: { requestsPerSecond: number; p99: number; errors: number; peakRssMb: number };
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

export function describeMachine(): Machine {
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
      ['@apollo/server', 'graphql', 'type-graphql', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((name) => [
        name,
        packageVersion(name),
      ]),
    ),
  };
}

function latest(result: ScaleResult) {
  return {
    scale: result.scale,
    ingest: { relationsPerSecond: result.ingest.relationsPerSecond },
    queries: result.queries.map(({ name, graphql, cypher, neo4jGraphql }) => ({
      name,
      graphql: { p50: graphql.p50, p95: graphql.p95, p99: graphql.p99 },
      cypher: { p50: cypher.p50, p95: cypher.p95, p99: cypher.p99 },
      neo4jGraphql: { p50: neo4jGraphql.p50, p95: neo4jGraphql.p95, p99: neo4jGraphql.p99 },
    })),
    load: result.load,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

function table(result: ScaleResult): string {
  const lines = [
    `### ${result.scale.entities.toLocaleString('en')} entities, ${result.scale.relations.toLocaleString('en')} relations`,
    '',
    `Load through the ingestion statements: ${result.ingest.relationsPerSecond.toLocaleString('en')} relations per second.`,
    '',
    '| query | ours p50 / p95 / p99 (ms) | raw Cypher p50 / p95 / p99 | @neo4j/graphql p50 / p95 / p99 | ours / Cypher p50 | ours / @neo4j/graphql p50 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.queries.map((q) => {
      const three = (s: LatencyStats) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
      return `| ${q.name} | ${three(q.graphql)} | ${three(q.cypher)} | ${three(q.neo4jGraphql)} | ${(q.graphql.p50 / q.cypher.p50).toFixed(2)}x | ${(q.graphql.p50 / q.neo4jGraphql.p50).toFixed(2)}x |`;
    }),
    '',
    `Mixed read load on our API (the five queries in turn, random parameters): ${result.load.requestsPerSecond.toLocaleString('en')} requests per second, p99 ${result.load.p99} ms, ${result.load.errors} errors, API peak RSS ${result.load.peakRssMb} MB.`,
    '',
  ];
  return lines.join('\n');
}

/** The project's performance targets at the largest scale, each with the measured value and whether it holds. */
function targets(result: ScaleResult): string {
  const query = (prefix: string) => result.queries.find((q) => q.name.startsWith(prefix));
  const rows: [string, string, boolean][] = [];
  for (const q of result.queries) {
    const ratio = q.graphql.p50 / q.cypher.p50;
    rows.push([`${q.name}: p50 within 1.3x of raw Cypher`, `${ratio.toFixed(2)}x`, ratio <= 1.3]);
    const versus = q.graphql.p50 / q.neo4jGraphql.p50;
    rows.push([
      `${q.name}: p50 no slower than @neo4j/graphql`,
      `${ms(q.graphql.p50)} vs ${ms(q.neo4jGraphql.p50)} ms`,
      Number.isFinite(versus) && versus <= 1,
    ]);
  }
  const paths = query('shortest path');
  if (paths) rows.push(['shortest path p95 under 50 ms', `${ms(paths.graphql.p95)} ms`, paths.graphql.p95 < 50]);
  const hood = query('2-hop');
  if (hood) rows.push(['2-hop neighbourhood p95 under 30 ms', `${ms(hood.graphql.p95)} ms`, hood.graphql.p95 < 30]);
  rows.push([
    'mixed load: at least 1,000 requests/s with zero errors',
    `${result.load.requestsPerSecond} requests/s, ${result.load.errors} errors`,
    result.load.requestsPerSecond >= 1000 && result.load.errors === 0,
  ]);
  rows.push([
    'load: at least 20,000 relations/s',
    `${result.ingest.relationsPerSecond.toLocaleString('en')}/s`,
    result.ingest.relationsPerSecond >= 20_000,
  ]);
  return [
    `## Targets at ${result.scale.entities.toLocaleString('en')} entities`,
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    ...rows.map(([target, value, met]) => `| ${target} | ${value} | ${met ? 'yes' : '**no**'} |`),
    '',
    'Why the misses happen, with profiles, is in the README (Benchmarks).',
    '',
  ].join('\n');
}

/** Writes the results of this run and docs/benchmarks.md, formatted as the format check wants it. */
export async function writeReport(results: readonly ScaleResult[], machine: Machine): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  for (const result of results) {
    writeFileSync(path.join(RESULTS, `${result.name}.json`), `${JSON.stringify({ machine, ...result }, null, 2)}\n`);
  }
  if (results.length > 0) {
    const largest = [...results].sort((a, b) => b.scale.entities - a.scale.entities)[0]!;
    writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(latest(largest), null, 2)}\n`);
  }

  const onRecord = readdirSync(RESULTS)
    .filter((file) => /^(\d+[km]|2k)\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(path.join(RESULTS, file), 'utf8')) as ScaleResult & { machine: Machine })
    .sort((a, b) => a.scale.entities - b.scale.entities);
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (see `bench/run-benchmarks.ts`); the numbers below are from real runs on the machine',
    'described with each scale. Latencies are per request, one at a time, after a warm-up, with the three',
    'implementations interleaved on the same random parameters:',
    '',
    '- **ours**: the GraphQL API over HTTP, in its own process;',
    '- **raw Cypher**: the statements our repositories send for the query, sent straight through `neo4j-driver`',
    '  from the benchmark process (the floor: what is left over it is HTTP, GraphQL and our code);',
    '- **@neo4j/graphql**: its generated schema over the same database and HTTP stack, `@cypher` fields where it',
    '  has no native traversal (`cypher/bench/`).',
    '',
    'The synthetic graph (`bench/synthetic-graph.ts`) is seeded and deterministic: entities of every type with names,',
    'dates and one evidence sentence each, about five relations per entity between types the ontology allows, with',
    'a skewed degree distribution (a power law over entity order: a few hubs, many leaves). Before anything is',
    'timed, Neo4j resamples the indexes the load outdated and drops its cached plans (`db.prepareForReplanning`),',
    'and its page cache is warmed (every entity, relation and sentence read once with all its properties). The',
    '@neo4j/graphql shortest path uses the same `shortestPath()` search as ours',
    '(`cypher/bench/neo4j-graphql-shortest-path.cypher`).',
    '',
    ...(onRecord.length > 0 ? [targets(onRecord.at(-1)!)] : []),
    ...onRecord.flatMap((result) => [
      `## ${result.name}`,
      '',
      `Run ${result.machine.date.slice(0, 10)} on ${result.machine.cores} cores (${result.machine.cpu}), ${result.machine.memoryGb} GB, ${result.machine.os}; Node ${result.machine.node}, ${result.machine.java}, Neo4j ${result.machine.neo4j} Community; ${Object.entries(
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
