import { adminAccess, requireAdmin } from '../../src/api/common/admin-access';
import { checkDocumentInput } from '../../src/ingest/document-input';
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

  it.each([
    ['title', { title: 'Bericht\u0000' }, /input\.title holds the control character U\+0000 at character 8/],
    ['title', { title: 'Zwei\nZeilen' }, /input\.title holds the control character U\+000A at character 5/],
    ['text', { text: 'Ein\u0000Satz.' }, /input\.text holds the control character U\+0000 at character 4/],
    ['text', { text: 'Escape \u001b[31m.' }, /input\.text holds the control character U\+001B at character 8/],
    ['text', { text: 'C1 \u0085 next line.' }, /input\.text holds the control character U\+0085/],
  ])('refuses control characters in the %s: %j', (_field, change, message) => {
    expect(() => checkDocumentInput({ ...valid, ...change })).toThrow(message);
  });

  it('keeps tabs and line ends in the text', () => {
    expect(checkDocumentInput({ ...valid, text: 'Spalte\tzwei.\r\nNeue Zeile.' }).text).toBe(
      'Spalte\tzwei.\nNeue Zeile.',
    );
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
  it('gives accepted entities readable ids', () => {
    expect(slugOf('Ust-Seja')).toBe('ust-seja');
    expect(slugOf('Wassili Sawoiko')).toBe('wassili-sawoiko');
    expect(slugOf('Große Straße')).toBe('grosse-strasse');
    expect(slugOf('!!!')).toBe('entity');
  });
});
