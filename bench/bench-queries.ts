/**
 * The benchmark's fixed set of queries, each three ways over the same data and parameters:
 *   graphql       our API over HTTP;
 *   cypher        the statements our repositories send for it, straight through neo4j-driver
 *                 (the floor: what is left is HTTP, GraphQL and our code);
 *   neo4jGraphql  @neo4j/graphql over HTTP, natively or through `@cypher` fields.
 */
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import type { CypherLoader } from '../src/db/cypher-loader';
import { DEFAULT_SCOPE } from '../src/domain/assertion';
import { QueryRunner } from '../src/db/run-query';
import { FULL_PROJECTION, type Projection } from '../src/graph/model';
import { keyQuery } from '../src/graph/resolve-name';
import { firstPage, keysetParameters } from '../src/graph/keyset-page';
import { timelineParameters } from '../src/graph/timeline.repository';
import type { Random } from './synthetic-graph';

export interface QueryContext {
  driver: Driver;
  cypher: CypherLoader;
  apiUrl: string;
  neo4jGraphqlUrl: string;
}

export type Implementation = 'graphql' | 'cypher' | 'neo4jGraphql';

export interface BenchQuery<P> {
  name: string;
  /** Parameters drawn from the graph: ids, names, pairs, years. */
  parameters(random: Random): P;
  run: Record<Implementation, (context: QueryContext, parameters: P) => Promise<unknown>>;
}

export interface ParameterPools {
  ids: string[];
  names: string[];
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${response.status}: ${body.errors[0]!.message}`);
  return body.data;
}

/** A statement read exactly as the API's repositories read it, minus HTTP and GraphQL. */
function read(context: QueryContext, name: string, parameters: Record<string, unknown>): Promise<RecordShape[]> {
  return new QueryRunner(context.driver, context.cypher, 'neo4j').read(name, parameters);
}

const RELATION_FIELDS = 'id type source { id name type } target { id name type } evidence { sentence }';

/**
 * What the API projects for RELATION_FIELDS (src/api/common/projection.ts): brief entities and
 * relations, with evidence. The floor sends the same statements with the same projection.
 */
const BRIEF_WITH_EVIDENCE: Projection = { entityDetails: false, relationDetails: false, evidence: true };
const ALT_RELATION_FIELDS = 'id type source { id name type } target { id name type } evidence';

export function benchQueries(pools: ParameterPools): BenchQuery<Record<string, unknown>>[] {
  return [
    {
      name: 'resolve a name',
      parameters: (random) => ({ name: random.pick(pools.names) }),
      run: {
        graphql: (c, p) =>
          post(c.apiUrl, 'query($name: String!) { resolve(name: $name, first: 5) { id name type } }', p),
        cypher: (c, p) =>
          read(c, 'graph/resolve-candidates', { query: keyQuery(String(p.name)), limit: neo4j.int(50) }),
        neo4jGraphql: (c, p) =>
          post(
            c.neo4jGraphqlUrl,
            'query($query: String!) { resolveEntities(query: $query, limit: 50) { id name type } }',
            { query: keyQuery(String(p.name)) },
          ),
      },
    },
    {
      name: 'entity with its first 20 relations',
      parameters: (random) => ({ id: random.pick(pools.ids) }),
      run: {
        graphql: (c, p) =>
          post(
            c.apiUrl,
            `query($id: ID!) { entity(id: $id) { id name type relations(first: 20) { totalCount edges { node { ${RELATION_FIELDS} } } } } }`,
            p,
          ),
        cypher: (c, p) =>
          read(c, 'generated/graph/entity-relations', {
            ids: [p.id],
            types: null,
            direction: 'BOTH',
            includeSuggested: false,
            assertions: DEFAULT_SCOPE.assertions,
            // As the API asks for a first page of 20: one more, to know whether more follow.
            ...keysetParameters(firstPage(20)),
            ...BRIEF_WITH_EVIDENCE,
          }),
        neo4jGraphql: (c, p) =>
          post(
            c.neo4jGraphqlUrl,
            `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name type relations(first: 20) { ${ALT_RELATION_FIELDS} } } }`,
            p,
          ),
      },
    },
    {
      name: '2-hop neighbourhood (at most 200)',
      parameters: (random) => ({ id: random.pick(pools.ids) }),
      run: {
        graphql: (c, p) =>
          post(
            c.apiUrl,
            `query($id: ID!) { neighbourhood(ids: [$id], depth: 2, limit: 200) { truncated nodes { id name type } relations { ${RELATION_FIELDS} } } }`,
            p,
          ),
        cypher: (c, p) =>
          read(c, 'generated/graph/neighbourhood', {
            ids: [p.id],
            depth: neo4j.int(2),
            types: null,
            includeSuggested: false,
            assertions: DEFAULT_SCOPE.assertions,
            limit: neo4j.int(200),
            ...BRIEF_WITH_EVIDENCE,
          }),
        neo4jGraphql: (c, p) =>
          post(
            c.neo4jGraphqlUrl,
            `query($id: ID!) { neighbourhood(id: $id, limit: 200) { ${ALT_RELATION_FIELDS} } }`,
            p,
          ),
      },
    },
    {
      name: 'shortest path (up to 6 hops)',
      parameters: (random) => ({ from: random.pick(pools.ids), to: random.pick(pools.ids) }),
      run: {
        graphql: (c, p) =>
          post(
            c.apiUrl,
            `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 1) { length relations { ${RELATION_FIELDS} } } }`,
            p,
          ),
        cypher: (c, p) =>
          read(c, 'generated/graph/shortest-paths-1', {
            from: p.from,
            to: p.to,
            maxHops: neo4j.int(6),
            types: null,
            first: neo4j.int(1),
            includeSuggested: false,
            assertions: DEFAULT_SCOPE.assertions,
            ...BRIEF_WITH_EVIDENCE,
          }),
        neo4jGraphql: (c, p) =>
          post(
            c.neo4jGraphqlUrl,
            `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { length relations { ${ALT_RELATION_FIELDS} } } }`,
            p,
          ),
      },
    },
    {
      name: '10-year timeline slice',
      parameters: (random) => {
        const from = 1600 + random.int(290);
        return { from: String(from), to: String(from + 9) };
      },
      run: {
        graphql: (c, p) =>
          post(
            c.apiUrl,
            `query($from: String!, $to: String!) { timeline(from: $from, to: $to, first: 100) { edges { node { date { iso precision } label entity { id name type } relation { ${RELATION_FIELDS} } } } } }`,
            p,
          ),
        cypher: (c, p) =>
          read(
            c,
            'generated/graph/timeline',
            // Everything: the API keeps every date of the timeline, and the query asks for evidence.
            timelineParameters(
              `${String(p.from)}-01-01`,
              `${String(p.to)}-12-31`,
              null,
              firstPage(100),
              DEFAULT_SCOPE,
              FULL_PROJECTION,
            ),
          ),
        neo4jGraphql: (c, p) =>
          post(
            c.neo4jGraphqlUrl,
            `query($from: String!, $to: String!) { timeline(from: $from, to: $to, first: 100) { ${ALT_RELATION_FIELDS} date } }`,
            { from: `${String(p.from)}-01-01`, to: `${String(p.to)}-12-31` },
          ),
      },
    },
  ];
}
