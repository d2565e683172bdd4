/**
 * The Julian and the (proleptic) Gregorian calendar: Russia dated in the Julian calendar until
 * 1918, China's treaties with Western powers and most reference works date in the Gregorian one.
 * Days convert through the Julian day number (the standard arithmetic, e.g. Meeus, "Astronomical
 * Algorithms", ch. 7); no calendar library in our reach converts Julian dates.
 */

export const CALENDARS = ['GREGORIAN', 'JULIAN'] as const;
export type Calendar = (typeof CALENDARS)[number];

function parts(isoDay: string): [number, number, number] {
  return isoDay.split('-').map(Number) as [number, number, number];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Julian day number of a day in the given calendar. */
function julianDayNumber(isoDay: string, calendar: Calendar): number {
  const [year, month, day] = parts(isoDay);
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const common = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return calendar === 'GREGORIAN' ? common - Math.floor(y / 100) + Math.floor(y / 400) - 32045 : common - 32083;
}

/** The day of a Julian day number in the given calendar. */
function fromJulianDayNumber(jdn: number, calendar: Calendar): string {
  let b: number;
  let c: number;
  if (calendar === 'GREGORIAN') {
    const a = jdn + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * b) / 4);
  } else {
    b = 0;
    c = jdn + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return iso(year, month, day);
}

/** A day ("1858-05-16") written in one calendar, written in another ("1858-05-28"). */
export function convertDay(isoDay: string, from: Calendar, to: Calendar): string {
  return from === to ? isoDay : fromJulianDayNumber(julianDayNumber(isoDay, from), to);
}

/** Whether the day exists in the calendar: 29 February 1700 is a Julian day, not a Gregorian one. */
export function isDayOf(isoDay: string, calendar: Calendar): boolean {
  return fromJulianDayNumber(julianDayNumber(isoDay, calendar), calendar) === isoDay;
}
