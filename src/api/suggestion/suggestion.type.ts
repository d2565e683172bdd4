import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityType, RelationType } from '../../domain/ontology';
import type { SuggestionKind, SuggestionStatus } from '../../graph/suggestion.repository';
import type { ReviewDecision } from '../../ingest/review-suggestion';
import { Evidence } from '../common/evidence.type';
import { HistoricalDate } from '../common/historical-date.type';
import { EntityTypeEnum, RelationTypeEnum } from '../common/graphql-enums';
import { Node } from '../node/node.type';

export const SuggestionKindEnum = { ENTITY: 'ENTITY', RELATION: 'RELATION' } as const satisfies Record<
  SuggestionKind,
  SuggestionKind
>;
registerEnumType(SuggestionKindEnum, {
  name: 'SuggestionKind',
  description: 'What a suggestion proposes: a new entity, or a relation between two.',
  valuesConfig: {
    ENTITY: { description: 'A new entity: a name the graph does not know, with a type.' },
    RELATION: { description: 'A relation between two entities, known or suggested.' },
  },
});

export const SuggestionStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
} as const satisfies Record<SuggestionStatus, SuggestionStatus>;
registerEnumType(SuggestionStatusEnum, {
  name: 'SuggestionStatus',
  description: 'Whether a person has reviewed a suggestion, and how.',
  valuesConfig: {
    PENDING: { description: 'Nobody has reviewed it yet.' },
    ACCEPTED: { description: 'Accepted: it became a curated entity or relation.' },
    REJECTED: { description: 'Rejected: kept, marked, and not suggested again.' },
  },
});

export const ReviewDecisionEnum = { ACCEPT: 'ACCEPT', REJECT: 'REJECT' } as const satisfies Record<
  ReviewDecision,
  ReviewDecision
>;
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: 'ACCEPT turns a suggestion into a curated fact; REJECT marks it so it is not suggested again.',
  valuesConfig: {
    ACCEPT: { description: 'Make it a curated entity or relation, recording the reviewer.' },
    REJECT: { description: 'Keep it, marked, so it is not suggested again.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A fact the extraction pipeline proposes from an ingested document, kept apart from curated facts until a person reviews it.',
})
export class Suggestion extends Node {
  @Field(() => ID, { description: 'A stable id, a hash of the document and what is proposed.' })
  declare id: string;

  @Field(() => ID, { description: 'The ingested document it is drawn from.' })
  documentId!: string;

  @Field(() => SuggestionKindEnum, { description: 'A new entity, or a relation.' })
  kind!: SuggestionKind;

  @Field(() => SuggestionStatusEnum, { description: 'Whether someone has reviewed it, and how.' })
  status!: SuggestionStatus;

  @Field(() => Float, { description: 'How sure the pipeline is, from 0 to 1.' })
  confidence!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The rule of the extraction pipeline that proposed it, in words: what in the sentence it read (null for suggestions made before rules were recorded).',
  })
  rule!: string | null;

  @Field(() => HistoricalDate, {
    nullable: true,
    description: 'The date the sentence gives what it proposes (the date nearest the words that state a relation).',
  })
  date!: HistoricalDate | null;

  @Field(() => String, { nullable: true, description: 'The proposed entity’s name (kind ENTITY).' })
  name!: string | null;

  @Field(() => EntityTypeEnum, { nullable: true, description: 'The proposed entity’s type (kind ENTITY).' })
  entityType!: EntityType | null;

  @Field(() => RelationTypeEnum, { nullable: true, description: 'The proposed relation’s type (kind RELATION).' })
  relationType!: RelationType | null;

  @Field(() => String, { nullable: true, description: 'The source as the text names it (kind RELATION).' })
  sourceName!: string | null;

  @Field(() => String, { nullable: true, description: 'The target as the text names it (kind RELATION).' })
  targetName!: string | null;

  @Field(() => Evidence, { description: 'The sentence the suggestion is drawn from.' })
  evidence!: Evidence;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was reviewed (ISO 8601).' })
  reviewedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note.' })
  reviewNote!: string | null;

  @Field(() => [String], {
    description: 'What the reviewer corrected before accepting, one line per change (empty when nothing).',
  })
  corrections!: string[];

  /** Resolved by field resolvers from the ids below. */
  sourceId!: string | null;
  targetId!: string | null;
  acceptedAs!: string | null;
}

@InputType({
  description:
    'What to change in a relation suggestion before it is accepted: its type, an end, its date. Each is checked: the entities must exist and the ontology must allow the type between them.',
})
export class SuggestionCorrectionInput {
  @Field(() => RelationTypeEnum, { nullable: true, description: 'The right relation type.' })
  relationType?: RelationType | null;

  @Field(() => ID, { nullable: true, description: 'The id of the right source entity.' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the right target entity.' })
  targetId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The date of what it states: YYYY-MM-DD, YYYY-MM, YYYY, YYY (a decade) or YY (a century).',
  })
  date?: string | null;
}
