/**
 * The graph's own records: which version of a dataset it holds, and the graph's version, which
 * every write raises (ETags and cached answers derive from it).
 */

/**
 * The version of this storage model. Raise it whenever what is stored, or how it is derived from
 * the input files, changes: the curated data is then loaded again at the next start.
 */
export const STORAGE_MODEL_VERSION = 9;

/** `(:Dataset {id})`: the version of a dataset's input files and what loading them wrote. */
export const DATASET_PROPERTIES = [
  'id',
  'version',
  'documents',
  'sentences',
  'entities',
  'relations',
  'mentions',
  'loadedAt',
] as const;
export type DatasetProperty = (typeof DATASET_PROPERTIES)[number];

/** `(:SchemaVersion {id: 'schema'})`: a hash of the setup statements last applied (see apply-migrations.ts). */
export const SCHEMA_VERSION_PROPERTIES = ['id', 'hash'] as const;
export const SCHEMA_VERSION_ID = 'schema';

/** The schema version node `s` as Cypher writes it: the hash in parameter `hash`. */
export const schemaVersionCypher = {
  record: (s: string, hash: string) => `${s}.hash = ${hash}`,
  value: (s: string) => `${s}.hash`,
};

/** `(:GraphVersion {id: 'graph'})`: a counter every write raises, and an epoch that tells databases apart. */
export const GRAPH_VERSION_PROPERTIES = ['id', 'epoch', 'counter', 'changedAt'] as const;
export const GRAPH_VERSION_ID = 'graph';

/** The graph's version node `v` as Cypher writes it: created with a fresh epoch, raised by one. */
export const graphVersionCypher = {
  create: (v: string) => `${v}.epoch = randomUUID(), ${v}.counter = 0, ${v}.changedAt = datetime()`,
  raise: (v: string) => `${v}.counter = ${v}.counter + 1, ${v}.changedAt = datetime()`,
  value: (v: string) => `${v}.epoch + ':' + toString(${v}.counter)`,
};

/**
 * `(:Lease {id})`: which process does work only one process at a time may do, until when (epoch
 * milliseconds of Neo4j's clock); see lease.repository.ts.
 */
export const LEASE_PROPERTIES = [
  'id',
  'holder',
  'expiresAt',
  /** When a process last asked for it: written first, to lock the node before reading it. */
  'askedAt',
] as const;

/** The record of which synthetic graph (size, seed, model) the benchmark's database holds. */
export function encodeBenchDataset(version: string): Partial<Record<DatasetProperty, string>> {
  return { id: 'bench', version };
}

/** What a dataset's record counts: its version, and how many of each thing it loaded. */
export interface DatasetSummary {
  version: string;
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
  mentions: number;
}

/** A dataset's record, as the loaders write it. */
export function encodeDataset(
  id: string,
  summary: DatasetSummary,
  loadedAt: string,
): Record<DatasetProperty, string | number> {
  return { id, ...summary, loadedAt };
}
