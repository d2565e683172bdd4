import { encodeCursor } from './cursor';

/** A Relay connection over one page of items that starts at `offset` of `total`. */
export function toConnection<T>(items: readonly T[], offset: number, total: number) {
  return {
    totalCount: total,
    edges: items.map((node, index) => ({ cursor: encodeCursor(offset + index), node })),
    pageInfo: {
      hasNextPage: offset + items.length < total,
      endCursor: items.length > 0 ? encodeCursor(offset + items.length - 1) : null,
    },
  };
}
