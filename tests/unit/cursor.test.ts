import { decodeCursor, encodeCursor } from '../../src/api/common/cursor';
import { pageRequest } from '../../src/api/common/page-args';

function refusal(run: () => unknown): { message: string; argument: unknown } {
  try {
    run();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: { code: string; argument?: unknown } };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { message, argument: extensions.argument };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('keyset cursors', () => {
  it('give back the sort key they were made from', () => {
    const key = ['1858-05-28|4|muravyov--SIGNED--treaty-of-aigun'];
    expect(decodeCursor('timeline', 'after', encodeCursor('timeline', key))).toEqual(key);
    expect(decodeCursor('sentences', 'before', encodeCursor('sentences', [12]))).toEqual([12]);
  });

  it('refuse a cursor of another list, naming the argument', () => {
    const cursor = encodeCursor('entities', ['Amur', 'amur']);
    expect(refusal(() => decodeCursor('timeline', 'after', cursor))).toEqual({
      message: 'after is not a cursor of this list: it belongs to the entities list, not to the timeline list',
      argument: 'after',
    });
  });

  it.each([
    ['not a cursor', 'bm90IGEgY3Vyc29y'],
    ['an old offset cursor', Buffer.from('offset:19').toString('base64')],
    ['an empty string', ''],
  ])('refuse %s', (_what, cursor) => {
    expect(refusal(() => decodeCursor('entities', 'before', cursor))).toEqual({
      message: 'before is not a cursor of this list: pass a cursor exactly as the API returned it',
      argument: 'before',
    });
  });

  it('refuse a cursor whose key was edited, even with valid encoding', () => {
    const cursor = encodeCursor('entities', ['Amur', 'amur']);
    const [payload, sum] = cursor.split('.');
    const edited = Buffer.from(
      Buffer.from(payload!, 'base64url').toString('utf8').replace('Amur', 'Zeja'),
      'utf8',
    ).toString('base64url');
    expect(refusal(() => decodeCursor('entities', 'after', `${edited}.${sum}`)).message).toBe(
      'after is not a cursor of this list: it was changed or truncated',
    );
    expect(refusal(() => decodeCursor('entities', 'after', cursor.slice(0, -1))).message).toBe(
      'after is not a cursor of this list: it was changed or truncated',
    );
  });
});

describe('pageRequest', () => {
  const bounds = { min: 1, max: 100 };

  it('pages forward by default, backward with last', () => {
    expect(pageRequest('entities', {}, bounds, 20)).toEqual({
      direction: 'forward',
      size: 20,
      after: null,
      before: null,
    });
    const before = encodeCursor('entities', ['Zeja', 'zeya']);
    expect(pageRequest('entities', { last: 5, before }, bounds, 20)).toEqual({
      direction: 'backward',
      size: 5,
      after: null,
      before: ['Zeja', 'zeya'],
    });
  });

  it('refuses first with last, and sizes out of bounds', () => {
    expect(refusal(() => pageRequest('entities', { first: 5, last: 5 }, bounds, 20)).argument).toBe('last');
    expect(refusal(() => pageRequest('entities', { last: 101 }, bounds, 20)).message).toBe(
      'last must be an integer from 1 to 100, got 101',
    );
    expect(refusal(() => pageRequest('entities', { first: 0 }, bounds, 20)).argument).toBe('first');
  });
});
