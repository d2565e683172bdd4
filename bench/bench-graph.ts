/**
 * The benchmarks' graph: a Neo4j of its own under .bench/ (or a temporary folder) holding the
 * seeded synthetic graph at a scale, loaded through the ingestion statements, or reused when an
 * earlier run loaded the same scale and seed (--reload loads it again).
 */
import { encodeBenchDataset } from '../src/graph/model';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { applyMigrations } from '../src/db/apply-migrations';
import { CypherLoader } from '../src/db/cypher-loader';
import { LocalNeo4jServer } from '../src/local-neo4j/local-neo4j-server';
import type { LocalNeo4jConnection } from '../src/local-neo4j/local-neo4j-server';
import { projectPaths } from '../src/project-paths';
import type { ScaleResult } from './bench-report';
import { ARRAY_DELIMITER, writeImportCsv } from './import-synthetic-graph';
import { loadSyntheticGraph } from './load-synthetic-graph';
import { generateSyntheticGraph, type SyntheticGraph } from './synthetic-graph';

export const SCALES: Record<string, number> = { '2k': 2_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

/** Neo4j's memory for a scale: what the published results were measured with. */
export function benchMemory(entities: number): { heap: string; pageCache: string } {
  return entities >= 1_000_000
    ? { heap: '4g', pageCache: '6g' }
    : entities >= 100_000
      ? { heap: '2g', pageCache: '2g' }
      : { heap: '512m', pageCache: '256m' };
}

/** Runs one of cypher/bench/ in an auto-commit transaction (which CALL ... IN TRANSACTIONS needs). */
export async function run(
  driver: Driver,
  cypher: CypherLoader,
  name: string,
  parameters: Record<string, unknown> = {},
) {
  const session = driver.session({ database: 'neo4j' });
  try {
    return (await session.run(cypher.load(`bench/${name}`), parameters)).records;
  } finally {
    await session.close();
  }
}

async function loadedScale(driver: Driver, cypher: CypherLoader): Promise<string | null> {
  const [record] = await run(driver, cypher, 'read-dataset');
  return (record?.get('version') as string | undefined) ?? null;
}

export interface BenchGraph {
  server: LocalNeo4jServer;
  driver: Driver;
  cypher: CypherLoader;
  connection: LocalNeo4jConnection;
  /** The synthetic graph in memory (made when first asked for: a million entities take a gigabyte). */
  graph: () => SyntheticGraph;
  ingest: ScaleResult['ingest'];
}

/** Starts the scale's Neo4j and loads the synthetic graph into it, or reuses the one loaded. */
export async function openBenchGraph(options: {
  entities: number;
  home: string;
  reload: boolean;
  /** `import`: CSV through neo4j-admin, the database offline; `transactional`: the ingestion statements. */
  load: 'import' | 'transactional';
  memory: { heap: string; pageCache: string };
  boltPort: number;
  log: (line: string) => void;
}): Promise<BenchGraph> {
  const { entities, home, log } = options;
  const version = `entities=${entities};seed=1858;model=4`;
  const marker = path.join(home, 'bench-dataset.txt');
  const reuse = !options.reload && existsSync(marker) && readFileSync(marker, 'utf8') === version;
  // A fresh load starts from an empty database folder: faster than deleting millions of nodes.
  if (!reuse) rmSync(home, { recursive: true, force: true });
  const server = new LocalNeo4jServer({
    home,
    lib: path.join(projectPaths.localNeo4jHome, 'lib'),
    boltPort: options.boltPort,
    heap: options.memory.heap,
    pageCache: options.memory.pageCache,
    startTimeoutMs: 300_000,
    log,
  });
  let generated: SyntheticGraph | undefined;
  const graph = () => (generated ??= generateSyntheticGraph({ entities }));
  let imported: ScaleResult['ingest'] | undefined;
  if (!reuse && options.load === 'import') {
    const started = performance.now();
    log(`Writing ${graph().relationCount.toLocaleString('en')} relations (about) and the rest as CSV...`);
    const files = writeImportCsv(graph(), `${home}-csv`, log);
    const csvSeconds = (performance.now() - started) / 1000;
    log(`CSV written in ${csvSeconds.toFixed(1)} s; importing with neo4j-admin database import full...`);
    const importing = performance.now();
    await server.importFull([
      `--array-delimiter=${ARRAY_DELIMITER}`,
      // The CSV gives the node ids (see import-synthetic-graph.ts): no ends to look up in an id map.
      '--id-type=actual',
      // Documents' texts hold their line breaks.
      '--multiline-fields=true',
      `--report-file=${path.join(`${home}-csv`, 'import.report')}`,
      ...files.nodes.map((file) => `--nodes=${file}`),
      ...files.relationships.map((file) => `--relationships=${file}`),
    ]);
    const importSeconds = (performance.now() - importing) / 1000;
    rmSync(`${home}-csv`, { recursive: true, force: true });
    log(`Imported in ${importSeconds.toFixed(1)} s.`);
    imported = {
      method: 'import',
      relationsPerSecond: Math.round(files.counts.relations / importSeconds),
      seconds: { csv: csvSeconds, import: importSeconds, indexes: 0 },
      counts: files.counts,
    };
  }
  const connection = await server.start();
  // Retries for minutes, not the API's one second: parallel loading meets deadlocks on hubs.
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxTransactionRetryTime: 120_000,
    logging: { level: 'error', logger: () => {} },
  });
  const cypher = new CypherLoader();
  try {
    let ingest: ScaleResult['ingest'];
    if (reuse && (await loadedScale(driver, cypher)) === version) {
      log('Reusing the graph loaded by an earlier run (--reload loads it again).');
      ingest = {
        ...(JSON.parse(readFileSync(path.join(home, 'ingest.json'), 'utf8')) as ScaleResult['ingest']),
        reused: true,
      };
    } else if (imported) {
      // The constraints and indexes are built on the imported data.
      const indexing = performance.now();
      await applyMigrations(driver, cypher, 'neo4j');
      await run(driver, cypher, 'await-indexes');
      imported.seconds.indexes = (performance.now() - indexing) / 1000;
      log(`Constraints and indexes built in ${imported.seconds.indexes.toFixed(1)} s.`);
      await run(driver, cypher, 'mark-dataset', { properties: encodeBenchDataset(version) });
      ingest = { ...imported, loadedAt: new Date().toISOString() };
      writeFileSync(path.join(home, 'ingest.json'), JSON.stringify(ingest));
      writeFileSync(marker, version);
    } else {
      await applyMigrations(driver, cypher, 'neo4j');
      log(
        `Loading ${graph().relationCount.toLocaleString('en')} relations (about) through the ingestion statements...`,
      );
      const loaded = await loadSyntheticGraph(driver, 'neo4j', cypher, graph(), log);
      await run(driver, cypher, 'await-indexes');
      await run(driver, cypher, 'mark-dataset', { properties: encodeBenchDataset(version) });
      ingest = {
        method: 'transactional',
        relationsPerSecond: loaded.relationsPerSecond,
        seconds: loaded.seconds,
        loadedAt: new Date().toISOString(),
      };
      writeFileSync(path.join(home, 'ingest.json'), JSON.stringify(ingest));
      writeFileSync(marker, version);
      log(`Loaded: ${loaded.relationsPerSecond.toLocaleString('en')} relations per second.`);
    }
    return { server, driver, cypher, connection, graph, ingest };
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  }
}
