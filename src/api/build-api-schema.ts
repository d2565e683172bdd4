import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { DocumentResolver } from './document/document.resolver';
import { EntityResolver } from './entity/entity.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { SuggestionResolver } from './suggestion/suggestion.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { TraversalResolver } from './traversal/traversal.resolver';

/** Every resolver of the API; the schema is built from these classes (code first). */
export const RESOLVERS = [
  AboutResolver,
  EntityResolver,
  RelationResolver,
  TraversalResolver,
  TimelineResolver,
  StatsResolver,
  DocumentResolver,
  SuggestionResolver,
] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
