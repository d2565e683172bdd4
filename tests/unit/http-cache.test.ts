import type { IncomingMessage } from 'node:http';
import { etagFor, matchesIfNoneMatch } from '../../src/http/http-cache';

const request = (url: string, accept = 'application/json') =>
  ({ url, headers: { accept } }) as unknown as IncomingMessage;

describe('ETags of GET answers', () => {
  const query = '/graphql?query=%7Bstats%7Bentities%7D%7D';

  it('are weak, and equal for the same request on the same graph version', () => {
    const etag = etagFor('epoch:1', request(query));
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(etagFor('epoch:1', request(query))).toBe(etag);
  });

  it('change with the graph version, the request and the media type asked for', () => {
    const etag = etagFor('epoch:1', request(query));
    expect(etagFor('epoch:2', request(query))).not.toBe(etag);
    expect(etagFor('epoch:1', request(`${query}&variables=%7B%7D`))).not.toBe(etag);
    expect(etagFor('epoch:1', request(query, 'application/graphql-response+json'))).not.toBe(etag);
  });
});

describe('If-None-Match', () => {
  const etag = 'W/"abc"';

  it.each([
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['W/"abd"', false],
    [undefined, false],
  ])('%j matches: %s', (header, matches) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(matches);
  });

  it.each(['abc', 'W/abc', '"abc', '"abc" garbage', ',', ''])('ignores the malformed header %j', (header) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(false);
  });
});
