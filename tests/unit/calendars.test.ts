import { convertDay, isDayOf } from '../../src/domain/calendars';
import { dayRange, edtf, gregorianIso, julianIso } from '../../src/domain/historical-date';

describe('the Julian and Gregorian calendars', () => {
  it.each([
    ['1858-05-16', '1858-05-28'], // the Treaty of Aigun
    ['1858-06-01', '1858-06-13'], // the Treaty of Tianjin
    ['1860-11-02', '1860-11-14'], // the Treaty of Peking
    ['1689-08-27', '1689-09-06'], // the Treaty of Nerchinsk
    ['1700-02-29', '1700-03-11'], // a Julian leap day the Gregorian calendar does not have
    ['1582-10-05', '1582-10-15'], // the first Gregorian day
    ['1918-01-31', '1918-02-13'], // Russia's last Julian day
  ])('converts %s Julian to %s Gregorian and back', (julian, gregorian) => {
    expect(convertDay(julian, 'JULIAN', 'GREGORIAN')).toBe(gregorian);
    expect(convertDay(gregorian, 'GREGORIAN', 'JULIAN')).toBe(julian);
  });

  it('knows the days each calendar has', () => {
    expect(isDayOf('1700-02-29', 'JULIAN')).toBe(true);
    expect(isDayOf('1700-02-29', 'GREGORIAN')).toBe(false);
  });

  it('orders and ranges a Julian date in the Gregorian calendar, and renders both', () => {
    const aigun = { iso: '1858-05-16', precision: 'DAY' as const, calendar: 'JULIAN' as const };
    expect(dayRange(aigun)).toEqual({ first: '1858-05-28', last: '1858-05-28' });
    expect(gregorianIso(aigun)).toBe('1858-05-28');
    expect(julianIso(aigun)).toBe('1858-05-16');
    expect(edtf(aigun)).toBe('1858-05-28');
    expect(dayRange({ iso: '1858-05', precision: 'MONTH', calendar: 'JULIAN' })).toEqual({
      first: '1858-05-13',
      last: '1858-06-12',
    });
  });

  it('converts nothing where the calendar is not established', () => {
    const unstated = { iso: '1854-04-14', precision: 'DAY' as const };
    expect(dayRange(unstated)).toEqual({ first: '1854-04-14', last: '1854-04-14' });
    expect(gregorianIso(unstated)).toBeNull();
    expect(julianIso(unstated)).toBeNull();
    expect(edtf(unstated)).toBe('1854-04-14');
    expect(edtf({ iso: '185', precision: 'DECADE' })).toBe('185X');
    expect(edtf({ iso: '18', precision: 'CENTURY' })).toBe('18XX');
  });
});
