import neo4j, { isInt } from 'neo4j-driver';

/** Where an item stands in its list's order: the values of its sort key, last of all its id. */
export type SortKey = readonly (string | number)[];

/**
 * One page of a list in a stable order, by keyset: forward, the first `size` items after `after`;
 * backward, the last `size` items before `before` (each bound a sort key, or null).
 */
export interface PageRequest {
  direction: 'forward' | 'backward';
  size: number;
  after: SortKey | null;
  before: SortKey | null;
}

/** The first page of `size` items, forward. */
export function firstPage(size: number): PageRequest {
  return { direction: 'forward', size, after: null, before: null };
}

/**
 * The parameters every keyset statement takes: $after, $before, $backward and $limit, one more
 * than the page holds, so that the one beyond tells whether there is more.
 */
export function keysetParameters(page: PageRequest) {
  return {
    after: page.after === null ? null : [...page.after],
    before: page.before === null ? null : [...page.before],
    backward: page.direction === 'backward',
    limit: neo4j.int(page.size + 1),
  };
}

/** An item fetched for a page, with its sort key. */
export interface Keyed<T> {
  item: T;
  key: SortKey;
}

/** A sort key as a statement returns it: Neo4j integers become numbers. */
export function toSortKey(values: readonly unknown[]): SortKey {
  return values.map((value) => (isInt(value) ? value.toNumber() : (value as string | number)));
}
