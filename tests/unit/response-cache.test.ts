import type { IncomingMessage } from 'node:http';
import { ResponseCache, type CachedAnswer } from '../../src/http/response-cache';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  ({
    method: 'POST',
    url: '/graphql',
    headers: { accept: 'application/json', ...headers },
    body,
  }) as unknown as IncomingMessage;
const get = (search: string) =>
  ({ method: 'GET', url: `/graphql?${search}`, headers: { accept: 'application/json' } }) as unknown as IncomingMessage;
const answer = (body: string): CachedAnswer => ({
  status: 200,
  headers: [['content-type', 'application/json']],
  body: Buffer.from(body),
});

describe('the response cache', () => {
  it('keys the same request alike however its query is spaced or commented and its variables ordered', () => {
    const cache = new ResponseCache(1_000_000);
    const a = cache.keyOf(
      post({ query: 'query Q($a: Int, $b: Int) { x(a: $a, b: $b) }', variables: { a: 1, b: 2 } }),
      'e:1',
    );
    const b = cache.keyOf(
      post({ query: '# why\nquery Q($a: Int,  $b: Int) {\n  x(a: $a, b: $b)\n}', variables: { b: 2, a: 1 } }),
      'e:1',
    );
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(
      cache.keyOf(post({ query: 'query Q($a: Int, $b: Int) { x(a: $a, b: $b) }', variables: { a: 1, b: 3 } }), 'e:1'),
    ).not.toBe(a);
    expect(
      cache.keyOf(post({ query: 'query Q($a: Int, $b: Int) { x(a: $a, b: $b) }', variables: { a: 1, b: 2 } }), 'e:2'),
    ).not.toBe(a);
  });

  it('keys GET and POST apart, and reads GET variables from the query string', () => {
    const cache = new ResponseCache(1_000_000);
    const viaGet = cache.keyOf(
      get(`query=${encodeURIComponent('{ x }')}&variables=${encodeURIComponent('{"b":1,"a":2}')}`),
      'e:1',
    );
    const sameGet = cache.keyOf(
      get(`query=${encodeURIComponent('{x}')}&variables=${encodeURIComponent('{"a":2,"b":1}')}`),
      'e:1',
    );
    expect(viaGet).not.toBeNull();
    expect(sameGet).toBe(viaGet);
    expect(cache.keyOf(post({ query: '{ x }', variables: { a: 2, b: 1 } }), 'e:1')).not.toBe(viaGet);
  });

  it('keeps nothing for credentials, for text that is not GraphQL, or before a version is known', () => {
    const cache = new ResponseCache(1_000_000);
    expect(cache.keyOf(post({ query: '{ x }' }, { authorization: 'Bearer t' }), 'e:1')).toBeNull();
    expect(cache.keyOf(post({ query: '{ x(a: "unterminated) }' }), 'e:1')).toBeNull();
    expect(cache.keyOf(post({ query: '{ x }' }), null)).toBeNull();
    expect(cache.keyOf(post([{ query: '{ x }' }]), 'e:1')).toBeNull();
    expect(new ResponseCache(0).keyOf(post({ query: '{ x }' }), 'e:1')).toBeNull();
  });

  it('forgets every answer when a newer version is seen, and keeps none read before it', () => {
    const cache = new ResponseCache(1_000_000);
    const key = cache.keyOf(post({ query: '{ x }' }), 'e:1')!;
    cache.set(key, 'e:1', answer('{"data":{"x":1}}'));
    expect(cache.get(key, 'e:1')?.body.toString()).toBe('{"data":{"x":1}}');
    expect(cache.get(key, 'e:2')).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
    // An answer read at e:1 that finishes after e:2 was seen is not kept.
    cache.set(key, 'e:1', answer('{"data":{"x":1}}'));
    expect(cache.stats().entries).toBe(0);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('stays within its memory, dropping the least recently used answers', () => {
    const cache = new ResponseCache(100_000);
    for (let i = 0; i < 100; i += 1) {
      cache.set(cache.keyOf(post({ query: '{ x }', variables: { i } }), 'e:1')!, 'e:1', answer('y'.repeat(4_000)));
    }
    const { bytes, entries } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(100_000);
    expect(entries).toBeGreaterThan(5);
    expect(entries).toBeLessThan(100);
    expect(cache.get(cache.keyOf(post({ query: '{ x }', variables: { i: 99 } }), 'e:1')!, 'e:1')).toBeDefined();
    expect(cache.get(cache.keyOf(post({ query: '{ x }', variables: { i: 0 } }), 'e:1')!, 'e:1')).toBeUndefined();
  });

  it('counts an answer by the UTF-8 bytes it is sent as, plus its headers', () => {
    const cache = new ResponseCache(1_000_000);
    cache.set(cache.keyOf(post({ query: '{ a }' }), 'e:1')!, 'e:1', answer('a'.repeat(1_000)));
    expect(cache.stats().bytes).toBe(1_000 + 256);
    // Cyrillic takes two bytes a letter, CJK three.
    cache.set(cache.keyOf(post({ query: '{ b }' }), 'e:1')!, 'e:1', answer('Муравьёв 瑷珲'));
    expect(cache.stats().bytes).toBe(1_000 + 256 + (8 * 2 + 1 + 2 * 3) + 256);
  });
});
