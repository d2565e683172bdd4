/**
 * The obvious alternative to our API, for the benchmark: @neo4j/graphql's generated schema over
 * the same Neo4j, served by the same HTTP stack as ours (Apollo Server 5 behind
 * src/http/graphql-http-handler.ts, with the same JSON body parser, and answers compressed as
 * ours are when the client accepts it: the benchmark's client does, as browsers do). Entities are read
 * natively; the traversals it has no native form for are `@cypher` fields (cypher/bench/).
 * Served as serve-bench-process.ts says.
 */
import '../src/production-mode';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import compression from 'compression';
import express from 'express';
import neo4j from 'neo4j-driver';
import http from 'node:http';
import { CypherLoader } from '../src/db/cypher-loader';
import { PATH_BRANCHING } from '../src/graph/statements/traversal.statements';
import { graphqlHttpHandler, type AnswerOutcome, type Middleware } from '../src/http/graphql-http-handler';
import { benchNeo4j, serveBenchProcess } from './serve-bench-process';

const cypher = new CypherLoader();
const statement = (name: string) => JSON.stringify(cypher.load(name));

const typeDefs = /* GraphQL */ `
  type Entity @node {
    id: ID!
    name: String!
    type: String!
    relations(first: Int! = 20): [RelationView!]!
      @cypher(statement: ${statement('bench/neo4j-graphql-relations')}, columnName: "relation")
  }

  type EntityRef {
    id: ID!
    name: String!
    type: String!
  }

  type RelationView {
    id: ID!
    type: String!
    source: EntityRef!
    target: EntityRef!
    evidence: [String!]!
  }

  type TimelineEntryView {
    id: ID!
    kind: String!
    entity: EntityRef
    relation: RelationView
  }

  input RunningScale {
    scale: Int!
    seekFrom: String!
    seekTo: String!
  }

  type PathView {
    length: Int!
    relations: [RelationView!]!
  }

  type Query {
    resolveEntities(query: String!, limit: Int!): [Entity!]!
      @cypher(statement: ${statement('bench/neo4j-graphql-resolve')}, columnName: "node")
    neighbourhood(id: ID!, limit: Int!): [RelationView!]!
      @cypher(statement: ${statement('bench/neo4j-graphql-neighbourhood')}, columnName: "relation")
    shortestPaths(
      from: ID!
      to: ID!
      maxHops: Int!
      first: Int!
      types: [String!]
      includeSuggested: Boolean!
      assertions: [String!]!
      branching: Float! = ${PATH_BRANCHING}
    ): [PathView!]! @cypher(statement: ${statement('generated/bench/neo4j-graphql-shortest-paths')}, columnName: "path")
    timeline(
      seekFrom: String!
      seekTo: String!
      from: String!
      runningScales: [RunningScale!]!
      first: Int!
    ): [TimelineEntryView!]! @cypher(statement: ${statement('generated/bench/neo4j-graphql-timeline')}, columnName: "entry")
  }
`;

serveBenchProcess(async () => {
  const driver = neo4j.driver(benchNeo4j.uri, neo4j.auth.basic('neo4j', benchNeo4j.password));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  // As ours: no cache-control hooks on every field.
  const apollo = new ApolloServer<{ outcome: AnswerOutcome }>({
    schema,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const handle = graphqlHttpHandler({
    apollo,
    parseBody: express.json({ limit: '100kb' }),
    // POSTs only: nothing of HTTP caching applies.
    context: () => Promise.resolve({ outcome: { cacheable: false } }),
    onError: (_error, _req, res) => {
      res.statusCode = 500;
      res.end();
    },
    cache: { graphVersion: () => null, maxAgeSeconds: 0 },
  });
  // As src/server.ts does: the same work of compressing a large answer on both sides.
  const compress = compression() as Middleware;
  const httpServer = http.createServer((req, res) => {
    compress(req, res, (error) => {
      if (error !== undefined) {
        res.statusCode = 500;
        res.end();
        return;
      }
      handle(req, res);
    });
  });
  return { httpServer, stop: () => apollo.stop().then(() => driver.close()) };
});
