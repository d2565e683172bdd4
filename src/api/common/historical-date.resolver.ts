import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  dayRange,
  edtf,
  gregorianIso,
  julianIso,
  type HistoricalDate as HistoricalDateRecord,
} from '../../domain/historical-date';
import { HistoricalDate } from './historical-date.type';

/** The renderings of a date in both calendars, and in EDTF. */
@Resolver(() => HistoricalDate)
export class HistoricalDateResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The date in the Gregorian calendar ("1858-05-28" for 16 May 1858 Julian); null where the calendar is not established.',
  })
  gregorian(@Root() date: HistoricalDateRecord): string | null {
    return gregorianIso(date);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The date in the Julian calendar; null where the calendar is not established.',
  })
  julian(@Root() date: HistoricalDateRecord): string | null {
    return julianIso(date);
  }

  @FieldResolver(() => String, {
    description:
      'The date in the Extended Date/Time Format (ISO 8601-2), which reckons in the Gregorian calendar: "1858-05-28", "185X" (the 1850s), "18XX" (1800-1899).',
  })
  edtf(@Root() date: HistoricalDateRecord): string {
    return edtf(date);
  }

  @FieldResolver(() => String, {
    description:
      'The first day the date covers, in the Gregorian calendar where its calendar is known (YYYY-MM-DD): "1850-01-01" for the 1850s, "1858-05-28" for 16 May 1858 Julian. For drawing dates on a time axis.',
  })
  firstDay(@Root() date: HistoricalDateRecord): string {
    return dayRange(date).first;
  }

  @FieldResolver(() => String, {
    description: 'The last day the date covers, likewise: "1859-12-31" for the 1850s.',
  })
  lastDay(@Root() date: HistoricalDateRecord): string {
    return dayRange(date).last;
  }
}
