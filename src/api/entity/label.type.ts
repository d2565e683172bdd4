import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A name of an entity in one language and script.',
})
export class Label {
  @Field(() => String, {
    description:
      'Its BCP 47 language tag: "en", "de" (as the source text writes it), "ru" (Cyrillic), "ru-Latn", "zh-Hans", "zh-Hant", "zh-Latn-pinyin".',
  })
  language!: string;

  @Field(() => String, { description: 'The name.' })
  text!: string;

  @Field(() => Boolean, {
    description:
      'Derived by a library from another label (Russian in Latin letters, traditional characters, pinyin), not written by a curator.',
  })
  derived!: boolean;
}
