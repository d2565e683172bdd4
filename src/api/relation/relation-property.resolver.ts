import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { namesEntity } from '../../domain/ontology';
import type { EntityRecord } from '../../graph/model';
import type { ApiContext } from '../api-context';
import { Entity } from '../entity/entity.type';
import { RelationProperty } from './relation.type';

@Resolver(() => RelationProperty)
export class RelationPropertyResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description:
      'The entity the value names, for the values that are entity ids (treaty, recipient, sharedWith): its name is what a reader is shown. Null for the other values.',
  })
  entity(@Root() property: RelationProperty, @Ctx() { loaders }: ApiContext): Promise<EntityRecord | null> {
    return namesEntity(property.key) ? loaders.entity.load(property.value) : Promise.resolve(null);
  }
}
