import type { Keyed, PageRequest } from '../../graph/keyset-page';
import { encodeCursor, type CursorList } from './cursor';

export interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay connection from what a repository fetched for a page: up to `size + 1` items in the
 * page's direction (the one beyond the page only tells that there is more). Items come out in the
 * list's order either way. Paging forward, `hasPreviousPage` says whether the page starts after a
 * cursor; paging backward, `hasNextPage` whether it ends before one (as the Relay spec allows).
 */
export function toConnection<T>(list: CursorList, fetched: readonly Keyed<T>[], page: PageRequest) {
  const more = fetched.length > page.size;
  const items = fetched.slice(0, page.size);
  if (page.direction === 'backward') items.reverse();
  const edges = items.map(({ item, key }) => ({ cursor: encodeCursor(list, key), node: item }));
  const pageInfo: PageInfoRecord = {
    hasNextPage: page.direction === 'forward' ? more : page.before !== null,
    hasPreviousPage: page.direction === 'backward' ? more : page.after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return { edges, pageInfo };
}
