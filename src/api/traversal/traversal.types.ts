import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';

@ObjectType({ simpleResolvers: true, description: 'A chain of relations from one entity to another.' })
export class Path {
  @Field(() => Int, { description: 'The number of relations (hops).' })
  length!: number;

  @Field(() => [Entity], { description: 'From the first entity to the last.' })
  nodes!: Entity[];

  @Field(() => [Relation], { description: 'The hops in order, each with its evidence.' })
  relations!: Relation[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Entities and the relations among them, deduplicated, as a graph view draws them.',
})
export class Subgraph {
  @Field(() => [Entity], { description: 'The entities, each once: the starts first, then in the order reached.' })
  nodes!: Entity[];

  @Field(() => [Relation], { description: 'The relations among them, each once, with their evidence.' })
  relations!: Relation[];

  @Field(() => Boolean, { description: 'True when the limit cut the subgraph short.' })
  truncated!: boolean;
}
