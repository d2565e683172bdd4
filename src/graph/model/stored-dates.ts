import {
  dayNumber,
  dayRange,
  precisionRank,
  spanScale,
  yearSpan,
  type DatePrecision,
  type HistoricalDate,
} from '../../domain/historical-date';

/**
 * How dates are stored (Neo4j properties hold no maps): a start and an end as flat properties, and
 * the period they cover in the forms the timeline's indexes read.
 */

/** A date as flat properties, for `start` and for `end`: what toDate in the records reads back. */
export const DATE_PROPERTIES = (['start', 'end'] as const).flatMap((end) =>
  (['Iso', 'Precision', 'Text', 'Calendar', 'CalendarSource', 'YearFrom', 'YearTo'] as const).map(
    (part) => `${end}${part}` as const,
  ),
);
export type DateProperty = (typeof DATE_PROPERTIES)[number];

/** The period a dated thing covers (see spanProperties). */
export const PERIOD_PROPERTIES = ['spanFrom', 'spanTo', 'spanScale', 'startPrecisionRank'] as const;

/** The period and where it stands in the timeline's order: what a timeline entry holds. */
export const SPAN_PROPERTIES = [...PERIOD_PROPERTIES, 'timelineKey'] as const;
export type SpanProperty = (typeof SPAN_PROPERTIES)[number];

/** The date properties the readers read back, per end, in the order of the statements' columns. */
export const DATE_COLUMNS = [
  'startIso',
  'startPrecision',
  'startText',
  'startCalendar',
  'startCalendarSource',
  'endIso',
  'endPrecision',
  'endText',
  'endCalendar',
  'endCalendarSource',
] as const;

/** startIso, startPrecision, ... of a date; nothing for no date. */
export function dateProperties(
  prefix: 'start' | 'end',
  date: HistoricalDate | null,
): Partial<Record<DateProperty, string | number>> {
  if (!date) return {};
  const { from, to } = yearSpan(date);
  return {
    [`${prefix}Iso`]: date.iso,
    [`${prefix}Precision`]: date.precision,
    ...(date.text !== undefined && { [`${prefix}Text`]: date.text }),
    ...(date.calendar !== undefined && { [`${prefix}Calendar`]: date.calendar }),
    ...(date.calendarSource !== undefined && { [`${prefix}CalendarSource`]: date.calendarSource }),
    [`${prefix}YearFrom`]: from,
    [`${prefix}YearTo`]: to,
  };
}

/** A date from the properties dateProperties wrote (or from a statement's columns of them). */
export function toDate(row: Record<string, unknown>, prefix: 'start' | 'end'): HistoricalDate | null {
  return dateFromColumns(
    [
      row[`${prefix}Iso`],
      row[`${prefix}Precision`],
      row[`${prefix}Text`],
      row[`${prefix}Calendar`],
      row[`${prefix}CalendarSource`],
    ],
    0,
  );
}

/**
 * A date from a statement's list of columns, read by position: its ISO form, precision, text,
 * calendar and the calendar's source from `first` on, as DATE_COLUMNS has them for each end (a
 * start's from `startIso`, an end's from `endIso`). Null for no date.
 */
export function dateFromColumns(columns: readonly unknown[], first: number): HistoricalDate | null {
  const iso = columns[first];
  if (typeof iso !== 'string') return null;
  const date: HistoricalDate = { iso, precision: columns[first + 1] as DatePrecision };
  const text = columns[first + 2];
  const calendar = columns[first + 3];
  const calendarSource = columns[first + 4];
  if (typeof text === 'string') date.text = text;
  if (calendar === 'JULIAN' || calendar === 'GREGORIAN') date.calendar = calendar;
  if (typeof calendarSource === 'string') date.calendarSource = calendarSource;
  return date;
}

/**
 * Where a dated entity or relation stands on the timeline, as one string that sorts as the
 * timeline does: by the first day of its start, coarse precision before fine, then by id
 * ("1858-05-28|4|muravyov--SIGNED--treaty-of-aigun"). The parts before the id have fixed widths.
 * The timeline's indexes seek and page on it (keyset cursors), in index order.
 */
export function timelineKey(spanFrom: string, rank: number, id: string): string {
  return `${spanFrom}|${Math.trunc(rank)}|${id}`;
}

/**
 * timelineKey as a Cypher expression, for the statements that draw relations from suggestions
 * inside Neo4j (generated from this model, see src/graph/statements).
 */
export function timelineKeyCypher(spanFrom: string, rank: string, id: string): string {
  return `${spanFrom} + '|' + toString(toInteger(${rank})) + '|' + ${id}`;
}

/**
 * The period a dated thing covers, for timeline queries: `spanFrom` is the first day of its start,
 * `spanTo` the last day of its end (or of its start when it has no end), `spanScale` how long it
 * is (see spanScale) for the timeline's indexes, the start's precision rank, which orders equal
 * starts coarse before fine, and, for a thing with an id, its `timelineKey`.
 */
export function spanProperties(
  start: HistoricalDate | null,
  end: HistoricalDate | null,
  id?: string,
): Partial<Record<SpanProperty, string | number>> {
  const first = start ?? end;
  if (!first) return {};
  const spanFrom = dayRange(first).first;
  const spanTo = dayRange(end ?? first).last;
  const rank = precisionRank(first.precision);
  return {
    spanFrom,
    spanTo,
    spanScale: spanScale(dayNumber(spanTo) - dayNumber(spanFrom)),
    startPrecisionRank: rank,
    ...(id !== undefined && { timelineKey: timelineKey(spanFrom, rank, id) }),
  };
}
