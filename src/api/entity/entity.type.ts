import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityType } from '../../domain/ontology';
import { EntityTypeEnum } from '../common/graphql-enums';
import { HistoricalDate } from '../common/historical-date.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A person, state, organisation, place, treaty, expedition, event or ship.',
})
export class Entity {
  @Field(() => ID, { description: 'A stable slug, e.g. "muravyov".' })
  id!: string;

  @Field(() => EntityTypeEnum)
  type!: EntityType;

  @Field(() => String, { description: 'The canonical English name.' })
  name!: string;

  @Field(() => String, { nullable: true })
  germanName!: string | null;

  @Field(() => [String], { description: 'Every spelling the text uses, and the usual transliterations.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => HistoricalDate, { nullable: true })
  start!: HistoricalDate | null;

  @Field(() => HistoricalDate, { nullable: true })
  end!: HistoricalDate | null;
}
