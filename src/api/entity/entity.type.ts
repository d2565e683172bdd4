import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityType } from '../../domain/ontology';
import { EntityTypeEnum } from '../common/graphql-enums';
import { HistoricalDate } from '../common/historical-date.type';
import { Node } from '../node/node.type';
import { Label } from './label.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A person, state, organisation, place, treaty, expedition, event or ship.',
})
export class Entity extends Node {
  @Field(() => ID, { description: 'A stable slug, e.g. "muravyov".' })
  declare id: string;

  @Field(() => EntityTypeEnum, { description: 'What kind of thing it is.' })
  type!: EntityType;

  @Field(() => String, { description: 'The canonical English name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its name in German, as the source text writes it.' })
  germanName!: string | null;

  @Field(() => [String], { description: 'Every spelling the text uses, and the usual transliterations.' })
  aliases!: string[];

  @Field(() => [Label], {
    description:
      'Its names in every language and script the graph has: English, German as the source writes it, and where known Russian (Cyrillic, and in Latin letters) and Chinese (simplified, traditional, pinyin).',
  })
  labels!: Label[];

  @Field(() => String, { nullable: true, description: 'One line on who or what it is.' })
  description!: string | null;

  @Field(() => HistoricalDate, {
    nullable: true,
    description: 'When it began (founded, signed, started), as the source dates it.',
  })
  start!: HistoricalDate | null;

  @Field(() => HistoricalDate, { nullable: true, description: 'When it ended, as the source dates it.' })
  end!: HistoricalDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its Wikidata item id, e.g. "Q8733"; null where the graph records none (see data/README.md).',
  })
  wikidata!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a territory the text describes by its bounds, those bounds, e.g. "the land from the Ussuri to the sea".',
  })
  bounds!: string | null;
}
