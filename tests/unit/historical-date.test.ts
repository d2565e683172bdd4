import {
  dayNumber,
  isoDay,
  MAX_SPAN_SCALE,
  parseIsoDate,
  sortKey,
  spanScale,
  yearSpan,
} from '../../src/domain/historical-date';

describe('parseIsoDate', () => {
  it.each([
    ['1858-05-16', 'DAY'],
    ['1858-05', 'MONTH'],
    ['1858', 'YEAR'],
    ['185', 'DECADE'],
    ['18', 'CENTURY'],
  ])('reads %s as %s', (iso, precision) => {
    expect(parseIsoDate(iso)).toEqual({ precision });
  });

  it.each([
    ['1858-13', /month 13 is out of range/],
    ['1858-02-30', /day 30 is out of range/],
    ['16. Mai 1858', /is not a date/],
    ['1', /is not a date/],
  ])('rejects %s', (iso, message) => {
    const parsed = parseIsoDate(iso);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('yearSpan and sortKey', () => {
  it('spans decades and centuries', () => {
    expect(yearSpan({ iso: '185', precision: 'DECADE' })).toEqual({ from: 1850, to: 1859 });
    expect(yearSpan({ iso: '18', precision: 'CENTURY' })).toEqual({ from: 1800, to: 1899 });
    expect(yearSpan({ iso: '1858-05-16', precision: 'DAY' })).toEqual({ from: 1858, to: 1858 });
  });

  it('orders dates of mixed precision in time', () => {
    const dates = [
      { iso: '1858-05-16', precision: 'DAY' as const },
      { iso: '18', precision: 'CENTURY' as const },
      { iso: '1858', precision: 'YEAR' as const },
      { iso: '1689-08-27', precision: 'DAY' as const },
      { iso: '185', precision: 'DECADE' as const },
    ];
    expect([...dates].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((date) => date.iso)).toEqual([
      '1689-08-27',
      '18',
      '185',
      '1858',
      '1858-05-16',
    ]);
  });
});

describe('day numbers and span scales', () => {
  it.each(['0000-01-01', '0099-12-31', '1689-08-27', '1858-05-28', '1860-02-29', '9999-12-31'])(
    'reads %s back from its day number',
    (day) => {
      expect(isoDay(dayNumber(day))).toBe(day);
    },
  );

  it('gives each length of period the least scale s with 2^s days at least as long', () => {
    for (const days of [0, 1, 2, 3, 4, 5, 31, 365, 366, 1024, 1025, 62_000]) {
      const scale = spanScale(days);
      expect(2 ** scale).toBeGreaterThanOrEqual(days);
      if (scale > 0) expect(2 ** (scale - 1)).toBeLessThan(days);
    }
    expect(MAX_SPAN_SCALE).toBe(22);
  });
});
