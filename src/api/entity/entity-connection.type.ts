import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { Entity } from './entity.type';

@ObjectType()
export class EntityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: Entity;
}

@ObjectType({ description: 'A Relay page of entities.' })
export class EntityConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [EntityEdge])
  edges!: EntityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A full-text search result.' })
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' })
  score!: number;
}
