import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssertionRecord, EntityRecord } from '../../graph/model';
import type { ApiContext } from '../api-context';
import { Entity } from '../entity/entity.type';
import { Assertion } from './assertion.type';

@Resolver(() => Assertion)
export class AssertionResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'Who claimed, planned, ordered or believed it; null for a fact (and for a plan nobody is named for).',
  })
  // Not async: a fact (most relations) answers null at once, and graphql-js completes a relation
  // without waiting for a promise only when none of its fields returns one.
  claimedBy(
    @Root() assertion: AssertionRecord,
    @Ctx() { loaders }: ApiContext,
  ): EntityRecord | null | Promise<EntityRecord | null> {
    if (assertion.claimedBy === null) return null;
    // Read with the relation (every statement that returns relations with their details does).
    if (assertion.claimant) {
      loaders.entity.prime(assertion.claimedBy, assertion.claimant);
      return assertion.claimant;
    }
    return loaders.entity.load(assertion.claimedBy);
  }
}
