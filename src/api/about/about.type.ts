import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The service and the Neo4j server behind it.' })
export class About {
  @Field(() => String, { description: 'The service name, "amur-graph".' })
  name!: string;

  @Field(() => String, { description: 'The service version.' })
  version!: string;

  @Field(() => String, { description: 'The Neo4j server version, e.g. "5.26.30".' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'The Neo4j edition, e.g. "community".' })
  neo4jEdition!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The graph’s version: it changes with every write (curated reload, ingest, review), and so do the ETags of GET answers. Null while unknown.',
  })
  graphVersion!: string | null;
}
