import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader } from '../../../src/db/cypher-loader';
import { projectPaths } from '../../../src/project-paths';
import { MAX_BODY_BYTES } from '../../../src/server';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { graphCounts } from '../../helpers/graph-state';
import { startTestServer } from '../../helpers/test-server';
import { temporaryFolder } from '../../helpers/temporary-folder';

describe('limits and safety of the API', () => {
  let api: ApiFixture;
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));
  const post = (query: string, variables?: Record<string, unknown>) => postQuery(api.server.baseUrl, query, variables);

  async function expectBadInput(query: string, message: RegExp, variables?: Record<string, unknown>) {
    const { body } = await post(query, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  }

  it('refuses the arguments of an entity’s relations once it has found the entity', async () => {
    // The argument-bound cases that need no database run in process (tests/unit/argument-limits).
    await expectBadInput(
      '{ entity(id: "amur") { relations(first: -1) { totalCount } } }',
      /first must be an integer from 1 to 100/,
    );
  });

  it('refuses variables that do not fit the operation with BAD_USER_INPUT, naming the variable', async () => {
    // Weighing a query's cost reads its variables first: their errors were masked as internal ones.
    const query = 'query($name: String!, $first: Int) { resolve(name: $name, first: $first) { id } }';
    for (const [variables, message] of [
      [{}, /^Variable "\$name" of required type "String!" was not provided\.$/],
      [{ name: 'Amur', first: 'ten' }, /^Variable "\$first" got invalid value "ten"; Int cannot represent/],
    ] as const) {
      const { body } = await post(query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('refuses strings over 200 characters, naming the argument', async () => {
    await expectBadInput(
      'query($name: String!) { resolve(name: $name) { id } }',
      /^name must be at most 200 characters, got 201$/,
      {
        name: 'x'.repeat(201),
      },
    );
  });

  it('refuses queries nested too deep or with too many aliases', async () => {
    const deep = `{ entity(id: "amur") { ${'relations { edges { node { target { '.repeat(5)}id${' } } } }'.repeat(5)} } }`;
    const tooDeep = await post(deep);
    expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.body.errors?.[0]?.message).toBe('Query depth limit of 16 exceeded, found 22.');
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    const tooMany = await post(aliases);
    expect(tooMany.body.errors?.[0]?.message).toBe('Aliases limit of 15 exceeded, found 16.');
  });

  it('counts a query’s depth in fields, however they are split into fragments', async () => {
    // Three levels of relations of relations, a fragment a level as a front end writes them: 14
    // fields deep. Counted with each spread as levels of its own (armor's default), 20.
    const hop = (name: string, next: string) =>
      `fragment ${name} on Entity { id relations(first: 2) { edges { node { target { ${next} } } } } }`;
    const threeHops = `{ entity(id: "amur") { ...Hop1 } }
      ${hop('Hop1', '...Hop2')} ${hop('Hop2', '...Hop3')} ${hop('Hop3', 'id name')}`;
    const accepted = await post(threeHops);
    expect(accepted.body.errors).toBeUndefined();
    const entity = (accepted.body.data as { entity: { id: string; relations: { edges: unknown[] } } }).entity;
    expect(entity.id).toBe('amur');
    expect(entity.relations.edges).toHaveLength(2);

    // Five levels (22 fields deep): fragments do not hide the depth.
    const fiveHops = `{ entity(id: "amur") { ...Hop1 } }
      ${hop('Hop1', '...Hop2')} ${hop('Hop2', '...Hop3')} ${hop('Hop3', '...Hop4')} ${hop('Hop4', '...Hop5')}
      ${hop('Hop5', 'id')}`;
    const refused = await post(fiveHops);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors?.[0]?.message).toBe('Query depth limit of 16 exceeded, found 22.');
  });

  it('refuses queries of more than 2,000 tokens, and syntax errors, with 200 and the error to JSON clients', async () => {
    // GraphQL over HTTP: a client that accepts application/json gets 200 with the errors in the
    // body; one that accepts application/graphql-response+json gets 400 (see the protocol tests).
    const long = `{ ${'__typename '.repeat(2000)}}`;
    const tooLong = await post(long);
    expect(tooLong.status).toBe(200);
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js spells it "more that".
    expect(tooLong.body.errors?.[0]?.message).toMatch(/^Syntax Error: Document contains more tha[nt] 2000 tokens/);
    const broken = await post('{ search(text: {{ ) }');
    expect(broken.status).toBe(200);
    expect(broken.body.data).toBeUndefined();
    expect(broken.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses request bodies over the size limit', async () => {
    const response = await fetch(`${api.server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { entities } } #${'x'.repeat(MAX_BODY_BYTES)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `the request body is larger than ${MAX_BODY_BYTES} bytes` });
  });

  it('runs a nested query in no more statements than its nesting depth, the entity and its relations in one', async () => {
    api.statements.length = 0;
    const { body } = await post(`{
      entity(id: "nevelskoy") {
        relations(first: 20) { edges { node { target {
          relations(first: 20) { edges { node { target {
            relations(first: 5) { totalCount edges { node { id } } }
          } } } }
        } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(api.statements).toEqual([
      'generated/graph/entity-relations',
      'generated/graph/entity-relations',
      'generated/graph/entity-relations',
    ]);
  });

  it('reads the entity on its own when the query asks for no page of relations, or for two', async () => {
    api.statements.length = 0;
    const plain = await post('{ entity(id: "nevelskoy") { name } }');
    expect(plain.body).toEqual({ data: { entity: { name: 'Gennady Nevelskoy' } } });
    expect(api.statements).toEqual(['graph/entities-by-id']);

    api.statements.length = 0;
    const two = await post(`{ entity(id: "nevelskoy") {
      led: relations(types: [LED], first: 2) { totalCount }
      all: relations(first: 1) { totalCount edges { node { type } } }
    } }`);
    expect(two.body.errors).toBeUndefined();
    expect(api.statements).toEqual([
      'graph/entities-by-id',
      'generated/graph/entity-relations',
      'generated/graph/entity-relations',
    ]);
    const entity = (two.body.data as { entity: { led: { totalCount: number }; all: { totalCount: number } } }).entity;
    expect(entity.led.totalCount).toBeLessThan(entity.all.totalCount);

    const refused = await post('{ entity(id: "nevelskoy") { relations(first: 0) { totalCount } } }');
    expect(refused.body.errors?.[0]?.message).toBe('first must be an integer from 1 to 100, got 0');
    const unknown = await post('{ entity(id: "no-such-entity") { relations { totalCount } } }');
    expect(unknown.body).toEqual({ data: { entity: null } });
  });

  describe('with hostile strings in every string argument', () => {
    const hostile = [
      "'",
      '"\\',
      '`',
      '}) MATCH (n) DETACH DELETE n //',
      "' OR 1=1 //",
      '*:* OR name:*',
      'Amur~ AND (x OR',
      '\u0000\u202e\ud83d\ude00',
    ];

    const graphSize = () => graphCounts(api.driver);

    it.each(hostile)('answers %j without error or harm', async (value) => {
      const before = await graphSize();
      const queries: [string, Record<string, unknown>][] = [
        ['query($v: ID!) { entity(id: $v) { id } }', { v: value }],
        ['query($v: String!) { resolve(name: $v) { id } }', { v: value }],
        ['query($v: String!) { search(text: $v) { score } }', { v: value }],
        ['query($v: ID!) { paths(from: $v, to: $v) { length } }', { v: value }],
        ['query($v: ID!) { paths(from: "amur", to: $v) { length } }', { v: value }],
        ['query($v: ID!) { neighbourhood(ids: [$v]) { truncated } }', { v: value }],
        ['query($v: ID!) { node(id: $v) { id } nodes(ids: [$v, "amur"]) { id } }', { v: value }],
      ];
      for (const [query, variables] of queries) {
        const { status, body } = await post(query, variables);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
      }
      for (const query of [
        'query($v: String) { entities(after: $v) { totalCount } }',
        'query($v: String) { entity(id: "amur") { relations(after: $v) { totalCount } } }',
        'query($v: String) { timeline(from: $v) { edges { cursor } } }',
        'query($v: String) { timeline(to: $v) { edges { cursor } } }',
        'query($v: String) { timeline(after: $v) { edges { cursor } } }',
        'query($v: String) { entities(before: $v) { totalCount } }',
      ]) {
        const { body } = await post(query, { v: value });
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await graphSize()).toEqual(before);
    });
  });

  it('masks internal errors and logs them with the request id it gives the client', async () => {
    const root = temporaryFolder('amur-cypher-');
    cpSync(projectPaths.cypher, root, { recursive: true });
    const statsFile = path.join(root, 'generated', 'graph', 'graph-stats.cypher');
    // The statement `stats` runs, broken: replaced, not added beside it.
    expect(existsSync(statsFile)).toBe(true);
    writeFileSync(statsFile, 'MATCH (secret:Entity RETURN secret');
    const broken = await startTestServer(api.driver, { cypher: new CypherLoader(root) });
    try {
      const { body } = await postQuery(broken.baseUrl, '{ stats { entities } }');
      const [error] = body.errors ?? [];
      expect(error?.message).toBe('internal error');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toMatch(/secret|MATCH|Neo4jError|at /);
      const requestId = error?.extensions?.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(broken.loggedErrors.map((entry) => entry.requestId)).toEqual([requestId]);
      expect(String(broken.loggedErrors[0]?.error)).toMatch(/secret/);
    } finally {
      await broken.close();
    }
  });
});
