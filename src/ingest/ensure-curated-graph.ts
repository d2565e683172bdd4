import type { Driver } from 'neo4j-driver';
import type { CypherLoader } from '../db/cypher-loader';
import { buildCuratedGraph } from './build-curated-graph';
import { curatedGraphVersion, loadCuratedGraph, readLoadedDataset, type LoadSummary } from './load-curated-graph';

/**
 * At start-up: loads the curated graph when the database holds none, or an older version of it;
 * leaves it alone when it is current.
 */
export async function ensureCuratedGraph(
  driver: Driver,
  cypher: CypherLoader,
  database: string,
  log: (line: string) => void,
): Promise<{ loaded: boolean; summary: LoadSummary }> {
  const { graph } = buildCuratedGraph();
  const version = curatedGraphVersion(graph);
  const current = await readLoadedDataset(driver, cypher, database);
  if (current?.version === version) return { loaded: false, summary: current };
  log(
    current
      ? `Curated data changed (graph has ${current.version}, files are ${version}); reloading...`
      : 'Loading the curated data into an empty graph...',
  );
  const started = Date.now();
  const summary = await loadCuratedGraph(driver, cypher, database, graph);
  log(
    `Loaded ${summary.entities} entities, ${summary.relations} relations, ${summary.sentences} sentences and ` +
      `${summary.mentions} mentions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { loaded: true, summary };
}
