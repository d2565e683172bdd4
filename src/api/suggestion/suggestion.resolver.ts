import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../../graph/model';
import type { SuggestionRecord, SuggestionStatus } from '../../graph/suggestion.repository';
import { reviewSuggestion, type ReviewDecision } from '../../ingest/review-suggestion';
import type { ApiContext } from '../api-context';
import { requireAdmin } from '../common/admin-access';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { Entity } from '../entity/entity.type';
import { ReviewDecisionEnum, Suggestion, SuggestionCorrectionInput, SuggestionStatusEnum } from './suggestion.type';

@Resolver(() => Suggestion)
export class SuggestionResolver {
  @Query(() => [Suggestion], {
    description:
      'Suggestions drawn from ingested documents, optionally of one document and status, most confident first.',
  })
  suggestions(
    @Arg('documentId', () => ID, { nullable: true, description: 'Only the suggestions of this document.' })
    documentId: string | null | undefined,
    @Arg('status', () => SuggestionStatusEnum, { nullable: true, description: 'Only suggestions in this state.' })
    status: SuggestionStatus | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: 50,
      nullable: true,
      description: `How many, most confident first (at most ${LIMITS.suggestions.max}).`,
    })
    first: number | null | undefined,
    @Ctx() { repositories }: ApiContext,
  ): Promise<SuggestionRecord[]> {
    return repositories.suggestions.list(
      documentId ? checkText('documentId', documentId) : null,
      status ?? null,
      checkRange('first', first, LIMITS.suggestions, 50),
    );
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The source, when it is a known entity (kind RELATION).',
  })
  source(@Root() suggestion: SuggestionRecord, @Ctx() { loaders }: ApiContext): Promise<EntityRecord | null> {
    return suggestion.sourceId ? loaders.entity.load(suggestion.sourceId) : Promise.resolve(null);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The target, when it is a known entity (kind RELATION).',
  })
  target(@Root() suggestion: SuggestionRecord, @Ctx() { loaders }: ApiContext): Promise<EntityRecord | null> {
    return suggestion.targetId ? loaders.entity.load(suggestion.targetId) : Promise.resolve(null);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The entity an accepted ENTITY suggestion became.',
  })
  acceptedEntity(@Root() suggestion: SuggestionRecord, @Ctx() { loaders }: ApiContext): Promise<EntityRecord | null> {
    return suggestion.acceptedAs ? loaders.entity.load(suggestion.acceptedAs) : Promise.resolve(null);
  }

  @Mutation(() => Suggestion, {
    description:
      'Accepts or rejects a pending suggestion. ACCEPT makes it a curated fact recording the reviewer (default "admin"), the time and the suggestion; REJECT keeps it, marked, so it is not suggested again. Needs `Authorization: Bearer <KG_ADMIN_TOKEN>`.',
  })
  reviewSuggestion(
    @Arg('id', () => ID, { description: 'The pending suggestion’s id.' }) id: string,
    @Arg('decision', () => ReviewDecisionEnum, { description: 'ACCEPT or REJECT.' }) decision: ReviewDecision,
    @Arg('reviewer', () => String, {
      nullable: true,
      description: 'Who decides, recorded with the decision (at most 100 characters; default "admin").',
    })
    reviewer: string | null | undefined,
    @Arg('note', () => String, { nullable: true, description: 'Why, in a few words (at most 2,000 characters).' })
    note: string | null | undefined,
    @Arg('correction', () => SuggestionCorrectionInput, {
      nullable: true,
      description:
        'With ACCEPT of a relation suggestion: its type, ends or date corrected first (recorded in `corrections`).',
    })
    correction: SuggestionCorrectionInput | null | undefined,
    @Ctx() { repositories, admin }: ApiContext,
  ): Promise<SuggestionRecord> {
    requireAdmin(admin);
    return reviewSuggestion(repositories, {
      id: checkText('id', id),
      decision,
      reviewer: reviewer ?? null,
      note: note ?? null,
      correction: correction
        ? {
            relationType: correction.relationType ?? null,
            sourceId: correction.sourceId ? checkText('correction.sourceId', correction.sourceId) : null,
            targetId: correction.targetId ? checkText('correction.targetId', correction.targetId) : null,
            date: correction.date ? checkText('correction.date', correction.date) : null,
          }
        : null,
    });
  }
}
