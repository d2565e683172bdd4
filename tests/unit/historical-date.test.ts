import { parseIsoDate, sortKey, yearSpan } from '../../src/domain/historical-date';

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
