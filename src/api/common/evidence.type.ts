import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A sentence of a source document that states something.' })
export class Evidence {
  @Field(() => ID, { description: 'The document the sentence stands in.' })
  documentId!: string;

  @Field(() => Int, { description: "The sentence's position in its document, from 0." })
  sentenceIndex!: number;

  @Field(() => String, { description: 'The whole sentence of the source.' })
  sentence!: string;

  @Field(() => String, { nullable: true, description: 'The words of the sentence that state it.' })
  quote?: string | null;
}
