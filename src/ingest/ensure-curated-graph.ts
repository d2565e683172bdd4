import type { CurationRepository, LoadSummary } from '../graph/curation.repository';
import { buildCuratedGraph } from './build-curated-graph';
import { curatedFilesVersion } from './curated-files-version';

/**
 * At start-up: loads the curated graph when the database holds none, or one built from other input
 * files (or an older storage model); leaves it alone, without building it, when it is current.
 */
export async function ensureCuratedGraph(
  curation: CurationRepository,
  log: (line: string) => void,
): Promise<{ loaded: boolean; summary: LoadSummary }> {
  const version = curatedFilesVersion();
  const current = await curation.loaded();
  if (current?.version === version) return { loaded: false, summary: current };
  log(
    current
      ? `Curated data changed (graph has ${current.version}, files are ${version}); reloading...`
      : 'Loading the curated data into an empty graph...',
  );
  const started = Date.now();
  const { graph } = buildCuratedGraph();
  const summary = await curation.load(graph, version);
  log(
    `Loaded ${summary.entities} entities, ${summary.relations} relations, ${summary.sentences} sentences and ` +
      `${summary.mentions} mentions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { loaded: true, summary };
}
