import { Field, ObjectType } from 'type-graphql';
import { HistoricalDate } from '../common/historical-date.type';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';

@ObjectType({ simpleResolvers: true, description: 'A dated entity or relation on the timeline.' })
export class TimelineEntry {
  @Field(() => HistoricalDate, { description: 'When it starts (or happens).' })
  date!: HistoricalDate;

  @Field(() => String, {
    description: 'A short label, e.g. "Nikolay Muravyov-Amursky NEGOTIATED Treaty of Aigun (1858)".',
  })
  label!: string;

  @Field(() => Entity, { nullable: true })
  entity!: Entity | null;

  @Field(() => Relation, { nullable: true })
  relation!: Relation | null;
}
