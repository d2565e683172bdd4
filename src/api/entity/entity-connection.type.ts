import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { Entity } from './entity.type';

@ObjectType({ simpleResolvers: true, description: 'An entity and where it stands in its list.' })
export class EntityEdge {
  @Field(() => String, { description: 'Pass as `after` or `before` to page from this entity.' })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity.' })
  node!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay page of entities.' })
export class EntityConnection {
  /** Null only where the selection does not ask for it (Projection.totals), so never sent. */
  @Field(() => Int, { description: 'How many entities the list holds in all pages.' })
  totalCount!: number | null;

  @Field(() => [EntityEdge], { description: 'The entities of this page, in the list’s order.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Whether there are entities before and after this page, and its cursors.' })
  pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: 'A full-text search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' })
  score!: number;
}
