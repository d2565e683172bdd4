import { Field, ObjectType } from 'type-graphql';
import type { Calendar } from '../../domain/calendars';
import type { DatePrecision } from '../../domain/historical-date';
import { CalendarEnum, DatePrecisionEnum } from './graphql-enums';

@ObjectType({
  simpleResolvers: true,
  description:
    'A date as the source states it, in its calendar, with its precision and words, and where its calendar is known its rendering in the other one. Ordering and ranges use the Gregorian calendar.',
})
export class HistoricalDate {
  @Field(() => String, {
    description:
      '"1858-05-16", "1858-05", "1858", "185" (the 1850s) or "18" (1800-1899), in the calendar the source writes it in.',
  })
  iso!: string;

  @Field(() => DatePrecisionEnum, {
    description: 'How exactly the source dates it: a day, month, year, decade or century.',
  })
  precision!: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The source\'s own words, e.g. "Mitte des 19. Jahrhunderts".' })
  text?: string | null;

  @Field(() => CalendarEnum, {
    nullable: true,
    description:
      'The calendar `iso` is written in, where a source outside the text establishes it (see `calendarSource`); null where it is not established.',
  })
  calendar?: Calendar | null;

  @Field(() => String, { nullable: true, description: 'Where the calendar is known from.' })
  calendarSource?: string | null;
}
