import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { projectPaths } from '../../src/project-paths';

function expectProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 4000 on loopback and the project-managed Neo4j', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      http: { corsOrigins: '*', introspection: true, cacheMaxAgeSeconds: 10, responseCacheBytes: 64 * 1024 * 1024 },
      neo4j: { kind: 'local', database: 'neo4j' },
      localNeo4j: { boltPort: 7687, home: projectPaths.localNeo4jHome },
      heapGrowingPercent: 50,
    });
  });

  it("reads how far the heap may grow, 0 for Node's own policy, and refuses what is not a whole per cent", () => {
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
    for (const bad of ['half', '-5', '12.5', '5000']) {
      expect(() => loadConfig({ HEAP_GROWING_PERCENT: bad })).toThrow(
        `invalid setting HEAP_GROWING_PERCENT: must be a whole number of per cent from 0 to 1000, got "${bad}"`,
      );
    }
  });

  it('reads the origins a browser may call from, introspection and the cache max-age', () => {
    expect(
      loadConfig({
        CORS_ORIGINS: 'http://localhost:5173, https://maps.example.org',
        GRAPHQL_INTROSPECTION: 'false',
        HTTP_CACHE_MAX_AGE: '0',
        RESPONSE_CACHE_MB: '0',
      }).http,
    ).toEqual({
      corsOrigins: ['http://localhost:5173', 'https://maps.example.org'],
      introspection: false,
      cacheMaxAgeSeconds: 0,
      responseCacheBytes: 0,
    });
    expect(loadConfig({ RESPONSE_CACHE_MB: '256' }).http.responseCacheBytes).toBe(256 * 1024 * 1024);
    expect(() => loadConfig({ RESPONSE_CACHE_MB: '1GB' })).toThrow(
      'invalid setting RESPONSE_CACHE_MB: must be a number of megabytes from 0 to 65536, got "1GB"',
    );
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
  });

  it.each([
    ['localhost:5173', '"localhost:5173" is not an origin'],
    ['http://localhost:5173/', '"http://localhost:5173/" is not an origin'],
    ['http://a.example, ftp://b.example', '"ftp://b.example" is not an origin'],
    [',', 'must be * or a comma-separated list of origins'],
  ])('fails on CORS_ORIGINS=%j with one line naming it', (value, problem) => {
    const problems = expectProblems({ CORS_ORIGINS: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`invalid setting CORS_ORIGINS: ${problem}`);
  });

  it.each([
    ['GRAPHQL_INTROSPECTION', 'yes', 'must be true or false, got "yes"'],
    ['HTTP_CACHE_MAX_AGE', '-5', 'must be a number of seconds from 0 to 86400, got "-5"'],
  ])('names %s=%s as one line', (name, value, problem) => {
    expect(expectProblems({ [name]: value })).toEqual([`invalid setting ${name}: ${problem}`]);
  });

  it('uses the Neo4j named by NEO4J_URI with its credentials', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'amur',
    });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j://db.example:7687',
      user: 'reader',
      password: 'secret',
      database: 'amur',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.kind).toBe('local');
  });

  it('resolves a relative LOCAL_NEO4J_HOME from the project root', () => {
    expect(loadConfig({ LOCAL_NEO4J_HOME: 'tmp/db', LOCAL_NEO4J_BOLT_PORT: '7700' }).localNeo4j).toEqual({
      boltPort: 7700,
      home: path.join(projectPaths.root, 'tmp/db'),
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['PORT', '12.5'],
    ['LOCAL_NEO4J_BOLT_PORT', '-1'],
  ])('names %s=%s as one line', (name, value) => {
    expect(expectProblems({ [name]: value })).toEqual([
      `invalid setting ${name}: must be a port number from 1 to 65535, got "${value}"`,
    ]);
  });

  it.each(['http://localhost:7474', 'localhost:7687', 'bolt://'])('rejects NEO4J_URI=%s', (uri) => {
    const [problem, ...rest] = expectProblems({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^invalid setting NEO4J_URI: must be a URI with scheme neo4j, .* got "/);
  });

  it('connects without authentication when NEO4J_URI comes without NEO4J_PASSWORD', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }).neo4j).toEqual({
      kind: 'external',
      uri: 'bolt://localhost:7687',
      user: 'neo4j',
      database: 'neo4j',
    });
  });

  it('reports every bad setting, one line each', () => {
    expect(expectProblems({ PORT: 'x', HOST: 'a b', NEO4J_DATABASE: 'a' })).toEqual([
      'invalid setting PORT: must be a port number from 1 to 65535, got "x"',
      'invalid setting HOST: must be a host name or IP address, got "a b"',
      'invalid setting NEO4J_DATABASE: must be a Neo4j database name (3-63 letters, digits, dots, dashes), got "a"',
    ]);
  });
});
