import { toConnection } from '../../src/api/common/connection';
import * as cursors from '../../src/api/common/cursor';
import { firstPage } from '../../src/graph/keyset-page';

/** What a repository fetched: three items and the one beyond, keyed (name, id). */
const FETCHED = ['a', 'b', 'c', 'd'].map((id) => ({ item: { id }, key: [`Name ${id}`, id] }));

describe('a connection from a fetched page', () => {
  afterEach(() => jest.restoreAllMocks());

  it("gives each edge the cursor of its item's key, and the page's first and last", () => {
    const { edges, pageInfo } = toConnection('entities', FETCHED, firstPage(3));
    expect(edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c']);
    expect(edges.map((edge) => cursors.decodeCursor('entities', 'after', edge.cursor))).toEqual(
      FETCHED.slice(0, 3).map(({ key }) => key),
    );
    expect(pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageInfo.startCursor).toBe(edges[0]!.cursor);
    expect(pageInfo.endCursor).toBe(edges[2]!.cursor);
  });

  it('puts a backward page in the list’s order', () => {
    const page = { direction: 'backward' as const, size: 3, after: null, before: ['Name z', 'z'] };
    const { edges, pageInfo } = toConnection('entities', FETCHED, page);
    expect(edges.map((edge) => edge.node.id)).toEqual(['c', 'b', 'a']);
    expect(cursors.decodeCursor('entities', 'before', pageInfo.startCursor!)).toEqual(['Name c', 'c']);
    expect(pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('makes a cursor only when it is read, and once', () => {
    const encode = jest.spyOn(cursors, 'encodeCursor');
    const { edges, pageInfo } = toConnection('entities', FETCHED, firstPage(3));
    expect(edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c']);
    expect(encode).not.toHaveBeenCalled();
    const first = edges[0]!.cursor;
    expect(pageInfo.startCursor).toBe(first);
    expect(encode).toHaveBeenCalledTimes(1);
  });

  it('has no cursors for an empty page', () => {
    const { edges, pageInfo } = toConnection('entities', [], firstPage(3));
    expect(edges).toEqual([]);
    expect(pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
