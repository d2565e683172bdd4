import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/neo4j-connection';
import { AboutDocument, TypenameDocument } from '../../src/generated/graphql';
import { bumpGraphVersion } from '../helpers/graph-state';
import { executeOperation } from '../helpers/graphql-client';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { testDriver } from '../helpers/test-neo4j';

describe('HTTP server against a real Neo4j', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('answers /health while the process lives', async () => {
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 and every check passed', async () => {
    const response = await fetch(`${server.baseUrl}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; checks: Record<string, { ok: boolean }> };
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks).sort()).toEqual(['data', 'migrations', 'neo4j']);
    expect(Object.values(body.checks).map((check) => check.ok)).toEqual([true, true, true]);
  });

  it('answers the smallest GraphQL query', async () => {
    const response = await executeOperation(server.baseUrl, TypenameDocument);
    expect(response).toEqual({ status: 200, data: { __typename: 'Query' } });
  });

  it('reports the Neo4j server it runs on', async () => {
    const response = await executeOperation(server.baseUrl, AboutDocument);
    expect(response.errors).toBeUndefined();
    const about = response.data?.about;
    expect(about?.name).toBe('amur-graph');
    expect(about?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(about?.neo4jVersion).toMatch(/^5\.26\./);
    expect(about?.neo4jEdition).toBe('community');
  });

  it('rejects a body that is not JSON with 400 and a message', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'the request body is not valid JSON' });
  });

  it('answers a query sent with GET with a request id, an ETag and Cache-Control, and 304 when it matches', async () => {
    const url = `${server.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const response = await fetch(url, { headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=10, must-revalidate');
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A malformed If-None-Match is ignored: a full answer.
    const malformed = await fetch(url, { headers: { ...headers, 'if-none-match': 'not a tag' } });
    expect(malformed.status).toBe(200);
    expect(await malformed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('marks POST answers and errors not to be stored, with no ETag', async () => {
    const post = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
    const failed = await fetch(
      `${server.baseUrl}/graphql?query=${encodeURIComponent('{ entities(first: 0) { totalCount } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(((await failed.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();
  });

  describe('answers kept in memory', () => {
    const post = (body: object, headers: Record<string, string> = {}) =>
      fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const search = 'query Find($text: String!, $first: Int) { resolve(name: $text, first: $first) { id name } }';

    it('serves a repeated query from memory: the same answer, however its text is spaced or its variables ordered', async () => {
      const variables = { text: `cache-${Date.now()}`, first: 3 };
      const first = await post({ query: search, variables });
      expect(first.headers.get('x-cache')).toBe('miss');
      const body = await first.text();
      const reordered = { first: 3, text: variables.text };
      const again = await post({ query: `# the same\n${search.replace(/ /g, '   ')}`, variables: reordered });
      expect(again.headers.get('x-cache')).toBe('hit');
      expect(await again.text()).toBe(body);
      expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
      // Other variables are another request.
      const other = await post({ query: search, variables: { ...variables, first: 4 } });
      expect(other.headers.get('x-cache')).toBe('miss');
    });

    it('keeps no errors and nothing asked with credentials', async () => {
      const failing = { query: '{ entities(first: 0) { totalCount } }' };
      expect((await post(failing)).headers.get('x-cache')).toBe('miss');
      expect((await post(failing)).headers.get('x-cache')).toBe('miss');
      const withToken = await post({ query: '{ __typename }' }, { authorization: 'Bearer not-a-real-token-at-all' });
      expect(withToken.headers.get('x-cache')).toBeNull();
    });

    it('serves nothing kept once another process wrote to the graph: within a second', async () => {
      const variables = { text: `write-${Date.now()}`, first: 2 };
      await post({ query: search, variables });
      expect((await post({ query: search, variables })).headers.get('x-cache')).toBe('hit');
      // A write as another API process makes it: the graph's version raised in Neo4j.
      await bumpGraphVersion(driver);
      const written = performance.now();
      let served = 'hit';
      while (served === 'hit' && performance.now() - written < 5_000) {
        served = (await post({ query: search, variables })).headers.get('x-cache') ?? 'none';
        if (served === 'hit') await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(served).toBe('miss');
      expect(performance.now() - written).toBeLessThan(1_300);
    });
  });

  it('refuses a POST body that is not JSON by its content type with 400, not 500', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ __typename }',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/content-type/i);
  });

  it('serves GraphQL at /graphql only', async () => {
    const response = await fetch(`${server.baseUrl}/graphql/more`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });

  it.each([
    // GraphQL over HTTP: 400 only for clients of its own media type; JSON clients get 200.
    ['application/graphql-response+json', 400, 'application/graphql-response+json'],
    ['application/json', 200, 'application/json'],
    [undefined, 200, 'application/json'],
  ])('names an unknown field with a validation error (accept %s: %i)', async (accept, status, type) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept && { accept }) },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(body.errors[0]?.message).toContain('"nope"');
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body).not.toHaveProperty('data');
  });

  it('answers 404 with JSON for unknown paths', async () => {
    const response = await fetch(`${server.baseUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });
});

describe('HTTP server whose Neo4j is away', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    // Nothing listens on port 1: every query fails as if Neo4j had stopped.
    const uri = 'bolt://127.0.0.1:1';
    driver = createDriver({ uri, user: 'neo4j', password: 'unused', database: 'neo4j' });
    server = await startTestServer(driver, { ready: false, uri });
    server.readiness.markMigrationsApplied([]);
    server.readiness.markDataLoaded('test');
  });

  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('turns /ready to 503 and says why', async () => {
    const response = await fetch(`${server.baseUrl}/ready`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; checks: { neo4j: { ok: boolean; detail: string } } };
    expect(body.status).toBe('unavailable');
    expect(body.checks.neo4j).toEqual({ ok: false, detail: 'cannot reach bolt://127.0.0.1:1: connection refused' });
  });

  it('keeps /health at 200', async () => {
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
  });

  it('answers queries with SERVICE_UNAVAILABLE, not a crash or a stack', async () => {
    const response = await executeOperation(server.baseUrl, AboutDocument);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' }, path: ['about'] }),
    ]);
  });
});
