import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';

/** Every resolver of the API; the schema is built from these classes (code first). */
export const RESOLVERS = [AboutResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
