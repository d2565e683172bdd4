import { convertDay, type Calendar } from './calendars';

/**
 * Dates as the source states them: in its calendar (JULIAN or GREGORIAN where an outside source
 * establishes which, with that source; unstated otherwise), the precision it gives, and its own
 * words. Ordering and ranges (dayRange) use the proleptic Gregorian calendar. `iso` grows with precision:
 *   DAY "1858-05-16", MONTH "1858-05", YEAR "1858", DECADE "185" (the 1850s), CENTURY "18" (the
 *   years 1800-1899, which German calls "das 19. Jahrhundert").
 * Phrases such as "Mitte des 19. Jahrhunderts" or "Ende 1850" keep their nuance in `text`.
 */

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'DECADE', 'CENTURY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface HistoricalDate {
  iso: string;
  precision: DatePrecision;
  /** The source's own words for the date, when it has any. */
  text?: string;
  /** The calendar the date is written in, where known; no conversion is made without one. */
  calendar?: Calendar;
  /** Where the calendar is known from: a fact from outside the text. */
  calendarSource?: string;
}

const PATTERNS: [RegExp, DatePrecision][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'DAY'],
  [/^(\d{4})-(\d{2})$/, 'MONTH'],
  [/^\d{4}$/, 'YEAR'],
  [/^\d{3}$/, 'DECADE'],
  [/^\d{2}$/, 'CENTURY'],
];

/** The precision of an iso string, or an error message saying why it is not one. */
export function parseIsoDate(iso: string): { precision: DatePrecision } | { error: string } {
  for (const [pattern, precision] of PATTERNS) {
    const match = pattern.exec(iso);
    if (!match) continue;
    if (precision === 'DAY' || precision === 'MONTH') {
      const month = Number(match[2]);
      if (month < 1 || month > 12) return { error: `month ${match[2]} is out of range in "${iso}"` };
      if (precision === 'DAY') {
        const day = Number(match[3]);
        const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
        if (day < 1 || day > daysInMonth) return { error: `day ${match[3]} is out of range in "${iso}"` };
      }
    }
    return { precision };
  }
  return {
    error: `"${iso}" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, YYY (decade) or YY (century)`,
  };
}

/** The first and last year a date covers: "185" is 1850-1859, "18" is 1800-1899. */
export function yearSpan(date: Pick<HistoricalDate, 'iso' | 'precision'>): { from: number; to: number } {
  switch (date.precision) {
    case 'CENTURY':
      return { from: Number(date.iso) * 100, to: Number(date.iso) * 100 + 99 };
    case 'DECADE':
      return { from: Number(date.iso) * 10, to: Number(date.iso) * 10 + 9 };
    default: {
      const year = Number(date.iso.slice(0, 4));
      return { from: year, to: year };
    }
  }
}

/** A sortable key that puts dates of every precision in time order, the coarse before the fine. */
export function sortKey(date: Pick<HistoricalDate, 'iso' | 'precision'>): string {
  const { from } = yearSpan(date);
  return `${String(from).padStart(4, '0')}${date.iso.slice(4).padEnd(6, '-')}`;
}

const PRECISION_RANK: Record<DatePrecision, number> = { CENTURY: 0, DECADE: 1, YEAR: 2, MONTH: 3, DAY: 4 };

/** Coarse before fine: CENTURY 0 ... DAY 4. */
export function precisionRank(precision: DatePrecision): number {
  return PRECISION_RANK[precision];
}

/**
 * The first and last day a date covers, as ISO day strings in the Gregorian calendar that compare
 * in time order: a Julian date is converted ("1858-05-16" Julian covers 1858-05-28).
 */
export function dayRange(date: Pick<HistoricalDate, 'iso' | 'precision'> & { calendar?: Calendar | null }): {
  first: string;
  last: string;
} {
  const { first, last } = writtenDayRange(date);
  if (date.calendar !== 'JULIAN') return { first, last };
  return { first: convertDay(first, 'JULIAN', 'GREGORIAN'), last: convertDay(last, 'JULIAN', 'GREGORIAN') };
}

/** The date in the Gregorian calendar at its precision, when its calendar is known; else null. */
export function gregorianIso(date: HistoricalDate): string | null {
  if (date.calendar === 'GREGORIAN') return date.iso;
  if (date.calendar !== 'JULIAN') return null;
  return date.precision === 'DAY' ? convertDay(date.iso, 'JULIAN', 'GREGORIAN') : date.iso;
}

/** The date in the Julian calendar at its precision, when its calendar is known; else null. */
export function julianIso(date: HistoricalDate): string | null {
  if (date.calendar === 'JULIAN') return date.iso;
  if (date.calendar !== 'GREGORIAN') return null;
  return date.precision === 'DAY' ? convertDay(date.iso, 'GREGORIAN', 'JULIAN') : date.iso;
}

/**
 * The date in the Extended Date/Time Format (ISO 8601-2, level 1), which reckons in the Gregorian
 * calendar: a day or month as written (converted from Julian where known), "185X" for a decade,
 * "18XX" for a century.
 */
export function edtf(date: HistoricalDate): string {
  switch (date.precision) {
    case 'DECADE':
      return `${date.iso}X`;
    case 'CENTURY':
      return `${date.iso}XX`;
    default:
      return gregorianIso(date) ?? date.iso;
  }
}

/** The first and last day a date covers, in the calendar it is written in. */
function writtenDayRange(date: Pick<HistoricalDate, 'iso' | 'precision'>): { first: string; last: string } {
  const { from, to } = yearSpan(date);
  const year = (value: number) => String(value).padStart(4, '0');
  switch (date.precision) {
    case 'DAY':
      return { first: date.iso, last: date.iso };
    case 'MONTH': {
      const [y, m] = date.iso.split('-').map(Number) as [number, number];
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { first: `${date.iso}-01`, last: `${date.iso}-${String(days).padStart(2, '0')}` };
    }
    default:
      return { first: `${year(from)}-01-01`, last: `${year(to)}-12-31` };
  }
}

/** The day an ISO day ("1858-06-13") is, counted from 1970-01-01 (negative before). */
export function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

/** The ISO day of a day number (see dayNumber), e.g. "1858-06-13". */
export function isoDay(day: number): string {
  const date = new Date(day * 86_400_000);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The span scale of a period of `days` days (from its first day to its last): the least s with
 * 2^s >= days. A period of scale s that runs into a day began at most 2^s days before it, which is
 * how the timeline finds such periods through a range index on (spanScale, timelineKey).
 */
export function spanScale(days: number): number {
  let scale = 0;
  while (2 ** scale < days) scale += 1;
  return scale;
}

/** The greatest span scale of periods within the years 0000-9999. */
export const MAX_SPAN_SCALE = spanScale(dayNumber('9999-12-31') - dayNumber('0000-01-01'));

/**
 * A timeline bound as a user writes it: a year, a year and month, or a full date. Returns the
 * days it covers, so that `to: "1860"` includes 2 November 1860; or an error message.
 */
export function parseDateBound(value: string): { first: string; last: string } | { error: string } {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    return { error: `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const parsed = parseIsoDate(value);
  if ('error' in parsed) return parsed;
  return dayRange({ iso: value, precision: parsed.precision });
}
