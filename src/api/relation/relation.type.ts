import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RelationType } from '../../domain/ontology';
import { Evidence } from '../common/evidence.type';
import { RelationTypeEnum } from '../common/graphql-enums';
import { HistoricalDate } from '../common/historical-date.type';
import { PageInfo } from '../common/page-info.type';
import { Entity } from '../entity/entity.type';

@ObjectType({ description: 'A value a relation carries: office, how, treaty, recipient, honour, right, note.' })
export class RelationProperty {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'A fact linking two entities, with the sentences of the source that state it.' })
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
}

@ObjectType()
export class RelationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relation)
  node!: Relation;
}

@ObjectType({ description: 'A Relay page of relations.' })
export class RelationConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [RelationEdge])
  edges!: RelationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
