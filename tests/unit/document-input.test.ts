import { adminAccess, requireAdmin } from '../../src/api/common/admin-access';
import { checkDocumentInput } from '../../src/ingest/document-input';
import { yearOf } from '../../src/ingest/ingest-document';
import { slugOf } from '../../src/ingest/review-suggestion';

const valid = { id: 'bericht-1', title: ' Ein Bericht ', language: 'de', text: 'Zeile eins.\r\nZeile zwei.' };

describe('checkDocumentInput', () => {
  it('accepts a valid document, trimming the title and normalising line ends', () => {
    expect(checkDocumentInput(valid)).toEqual({
      id: 'bericht-1',
      title: 'Ein Bericht',
      language: 'de',
      text: 'Zeile eins.\nZeile zwei.',
    });
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const umlauts = 'ä'.repeat(524_289); // 1,048,578 bytes
    expect(() => checkDocumentInput({ ...valid, text: umlauts })).toThrow(/1048578 bytes; the limit is 1048576/);
    expect(() => checkDocumentInput({ ...valid, text: 'ä'.repeat(524_288) })).not.toThrow();
  });
});

describe('admin access', () => {
  it.each([
    [undefined, 'Bearer abcdefghijklmnop', 'no-token-set'],
    ['abcdefghijklmnop', undefined, 'missing'],
    ['abcdefghijklmnop', 'Basic abcdefghijklmnop', 'missing'],
    ['abcdefghijklmnop', 'Bearer abcdefghijklmnoq', 'wrong'],
    ['abcdefghijklmnop', 'Bearer abc', 'wrong'],
    ['abcdefghijklmnop', 'bearer abcdefghijklmnop', 'granted'],
  ] as const)('server token %s, header %s: %s', (token, header, expected) => {
    expect(adminAccess(token, header)).toBe(expected);
  });

  it('throws FORBIDDEN or UNAUTHENTICATED unless granted', () => {
    expect(() => requireAdmin('granted')).not.toThrow();
    const codeOf = (access: Parameters<typeof requireAdmin>[0]) => {
      try {
        requireAdmin(access);
        return null;
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(codeOf('no-token-set')).toBe('FORBIDDEN');
    expect(codeOf('missing')).toBe('UNAUTHENTICATED');
    expect(codeOf('wrong')).toBe('UNAUTHENTICATED');
  });
});

describe('what ingestion derives', () => {
  it('dates a suggestion by the one year its sentence names', () => {
    expect(yearOf('Am 16. Mai 1858 unterzeichneten sie.')).toEqual({ iso: '1858', precision: 'YEAR' });
    expect(yearOf('Von 1856 bis 1860 dauerte der Krieg.')).toBeNull();
    expect(yearOf('250 Tausend Rubel.')).toBeNull();
  });

  it('gives accepted entities readable ids', () => {
    expect(slugOf('Ust-Seja')).toBe('ust-seja');
    expect(slugOf('Wassili Sawoiko')).toBe('wassili-sawoiko');
    expect(slugOf('Große Straße')).toBe('grosse-strasse');
    expect(slugOf('!!!')).toBe('entity');
  });
});
