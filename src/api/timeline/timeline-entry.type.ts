import { Field, ObjectType } from 'type-graphql';
import { HistoricalDate } from '../common/historical-date.type';
import { PageInfo } from '../common/page-info.type';
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

  @Field(() => Entity, { nullable: true, description: 'The dated entity, when the entry is one (else null).' })
  entity!: Entity | null;

  @Field(() => Relation, { nullable: true, description: 'The dated relation, when the entry is one (else null).' })
  relation!: Relation | null;
}

@ObjectType({ simpleResolvers: true, description: 'An entry of the timeline and where it stands.' })
export class TimelineEdge {
  @Field(() => String, { description: 'Pass as `after` or `before` to page from this entry.' })
  cursor!: string;

  @Field(() => TimelineEntry, { description: 'The entry.' })
  node!: TimelineEntry;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A Relay page of the timeline. No total count: counting every entry of a range would cost as much as reading them.',
})
export class TimelineConnection {
  @Field(() => [TimelineEdge], { description: 'The entries of this page, in time order.' })
  edges!: TimelineEdge[];

  @Field(() => PageInfo, { description: 'Whether there are entries before and after this page, and its cursors.' })
  pageInfo!: PageInfo;
}
