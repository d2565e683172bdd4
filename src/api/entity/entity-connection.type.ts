import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { Entity } from './entity.type';

@ObjectType({ simpleResolvers: true })
export class EntityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay page of entities.' })
export class EntityConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [EntityEdge])
  edges!: EntityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: 'A full-text search result.' })
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' })
  score!: number;
}
