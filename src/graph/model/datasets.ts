/**
 * Which writer a node or relationship comes from; every writer marks what it writes, so that a
 * reload of the curated data replaces only its own, and ingested data can be removed as a whole.
 */
export const DATASETS = {
  /** The corpus and the curated annotations (data/). */
  curated: 'curated',
  /** Documents a person ingested, with their sentences. */
  ingested: 'ingested',
  /** Entities and relations a person accepted from suggestions. */
  reviewed: 'reviewed',
  /** Relations drawn from pending suggestions, shown only where suggestions are asked for. */
  suggested: 'suggested',
  /** The benchmark's synthetic graphs. */
  bench: 'bench',
} as const;
export type Dataset = (typeof DATASETS)[keyof typeof DATASETS];
