import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'How many entities or relations are of one type.' })
export class TypeCount {
  @Field(() => String, { description: 'The entity or relation type.' })
  type!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How much the graph holds.' })
export class GraphStats {
  @Field(() => Int, { description: 'Entities, curated and accepted from suggestions.' })
  entities!: number;

  @Field(() => Int, { description: 'Relations between entities (mentions not counted).' })
  relations!: number;

  @Field(() => Int, { description: 'Documents: the curated corpus and ingested ones.' })
  documents!: number;

  @Field(() => Int, { description: 'Sentences of all documents.' })
  sentences!: number;

  @Field(() => [TypeCount], { description: 'Entities by type, most first.' })
  entitiesByType!: TypeCount[];

  @Field(() => [TypeCount], { description: 'Relations by type, most first.' })
  relationsByType!: TypeCount[];
}
