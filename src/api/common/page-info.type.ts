import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a Relay page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'Whether items follow this page (paging backward: whether the page ends before a cursor).',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether items precede this page (paging forward: whether the page starts after a cursor).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The first item’s cursor: pass as `before` for the page before.',
  })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The last item’s cursor: pass as `after` for the page after.' })
  endCursor!: string | null;
}
