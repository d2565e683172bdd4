import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RelationType } from '../../domain/ontology';
import { Evidence } from '../common/evidence.type';
import { RelationTypeEnum } from '../common/graphql-enums';
import { HistoricalDate } from '../common/historical-date.type';
import { PageInfo } from '../common/page-info.type';
import { Entity } from '../entity/entity.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A value a relation carries: office, how, treaty, recipient, honour, right, note.',
})
export class RelationProperty {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A fact linking two entities, with the sentences of the source that state it.',
})
export class Relation {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => Entity)
  source!: Entity;

  @Field(() => Entity)
  target!: Entity;

  @Field(() => HistoricalDate, { nullable: true })
  start!: HistoricalDate | null;

  @Field(() => HistoricalDate, { nullable: true })
  end!: HistoricalDate | null;

  @Field(() => Boolean, { description: 'True when the text implies the relation rather than stating it.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why an inferred relation was inferred.' })
  reason!: string | null;

  @Field(() => [Evidence], { description: 'The whole sentences of the source that state it, in text order.' })
  evidence!: Evidence[];

  @Field(() => Boolean, {
    description:
      'True for a relation an ingested document suggests that nobody has reviewed yet; such relations appear only where `includeSuggested: true` is asked for.',
  })
  suggested!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The suggestion this relation comes from: pending when `suggested`, else the accepted one.',
  })
  suggestionId!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the extraction was (0-1), for a suggested relation.' })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'Who accepted the suggestion this relation comes from.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was accepted (ISO 8601).' })
  reviewedAt!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class RelationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relation)
  node!: Relation;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay page of relations.' })
export class RelationConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [RelationEdge])
  edges!: RelationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
