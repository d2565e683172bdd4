import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class TypeCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How much the graph holds.' })
export class GraphStats {
  @Field(() => Int)
  entities!: number;

  @Field(() => Int, { description: 'Relations between entities (mentions not counted).' })
  relations!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => Int)
  sentences!: number;

  @Field(() => [TypeCount])
  entitiesByType!: TypeCount[];

  @Field(() => [TypeCount])
  relationsByType!: TypeCount[];
}
