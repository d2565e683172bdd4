import 'reflect-metadata';
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { HistoricalDateResolver } from './common/historical-date.resolver';
import { DocumentResolver } from './document/document.resolver';
import { EntityResolver } from './entity/entity.resolver';
import { NodeResolver } from './node/node.resolver';
import { nodeTypeName } from './node/node.type';
import { AssertionResolver } from './relation/assertion.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { RelationPropertyResolver } from './relation/relation-property.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { SuggestionResolver } from './suggestion/suggestion.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { PathResolver } from './traversal/path.resolver';
import { TraversalResolver } from './traversal/traversal.resolver';

/** Every resolver of the API; the schema is built from these classes (code first). */
export const RESOLVERS = [
  AboutResolver,
  HistoricalDateResolver,
  NodeResolver,
  EntityResolver,
  RelationResolver,
  RelationPropertyResolver,
  AssertionResolver,
  TraversalResolver,
  PathResolver,
  TimelineResolver,
  StatsResolver,
  DocumentResolver,
  SuggestionResolver,
] as const;

/** What the root types say in GraphiQL's docs and in schema/schema.graphql. */
const ROOT_DESCRIPTIONS = {
  Query:
    'Reading the knowledge graph: entities and their relations, names in any spelling, paths, neighbourhoods, the timeline, documents and suggestions. Public: no token needed.',
  Mutation:
    'Changing the graph: ingesting documents and reviewing what they suggest. Every mutation needs `Authorization: Bearer <KG_ADMIN_TOKEN>`.',
} as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  // type-graphql wraps an interface's resolveType in an async function; graphql-jit, which executes
  // the queries (compiled-execution.ts), takes the type from its return value at once.
  const node = schema.getType('Node');
  if (isInterfaceType(node)) node.resolveType = nodeTypeName;
  // type-graphql gives the root types no description of their own.
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}
