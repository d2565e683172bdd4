import type { CurationRepository, LoadSummary } from '../graph/curation.repository';
import type { LeaseRepository } from '../graph/lease.repository';
import { buildCuratedGraph } from './build-curated-graph';
import { curatedFilesVersion } from './curated-files-version';

/** The lease that lets one process at a time load the curated data. */
export const CURATED_LOAD_LEASE = 'curated-load';

/**
 * At start-up: loads the curated graph when the database holds none, or one built from other input
 * files (or an older storage model); leaves it alone, without building it, when it is current.
 * Several API processes starting together on one Neo4j load it once: the one that takes the lease
 * (a lock in Neo4j, lease.repository.ts) loads, the others wait until the graph holds the version.
 */
export async function ensureCuratedGraph(
  { curation, leases }: { curation: CurationRepository; leases: LeaseRepository },
  log: (line: string) => void,
): Promise<{ loaded: boolean; summary: LoadSummary }> {
  const version = curatedFilesVersion();
  const current = await curation.loaded();
  if (current?.version === version) return { loaded: false, summary: current };
  const loadedElsewhere = async () => {
    const summary = await curation.loaded();
    return summary?.version === version ? { loaded: false, summary } : undefined;
  };
  return leases.runExclusive(CURATED_LOAD_LEASE, {
    done: loadedElsewhere,
    onWait: (holder) => log(`Another process (${holder}) is loading the curated data; waiting for it...`),
    work: async () => {
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
    },
  });
}
