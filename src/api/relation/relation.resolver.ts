import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RelationRecord } from '../../graph/model';
import { Relation, RelationProperty } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [RelationProperty], {
    description: 'The values the relation carries, e.g. treaty and recipient of a cession, how someone opposed.',
  })
  properties(@Root() relation: RelationRecord): RelationProperty[] {
    return Object.entries(relation.properties)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value }));
  }
}
