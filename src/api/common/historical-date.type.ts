import { Field, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../domain/historical-date';
import { DatePrecisionEnum } from './graphql-enums';

@ObjectType({
  simpleResolvers: true,
  description: 'A date as the source states it, in its calendar, with its precision and words.',
})
export class HistoricalDate {
  @Field(() => String, { description: '"1858-05-16", "1858-05", "1858", "185" (the 1850s) or "18" (1800-1899).' })
  iso!: string;

  @Field(() => DatePrecisionEnum, {
    description: 'How exactly the source dates it: a day, month, year, decade or century.',
  })
  precision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The source\'s own words, e.g. "Mitte des 19. Jahrhunderts".' })
  text?: string | null;
}
