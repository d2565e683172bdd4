/**
 * Dates a sentence states, with their precision and their own words, in German and English:
 * "am 27. August 1689" and "on 1 August 1850" (DAY), "im August 1689" and "May 1855" (MONTH),
 * "1685" and "im Jahr 1682" (YEAR), "in den 1850er Jahren" and "the 1850s" (DECADE). The month
 * names are the language's own (Intl.DateTimeFormat), not a table of ours. chrono-node, tried
 * first, reads neither "im August 1689" nor a bare year in German.
 *
 * A relation suggestion takes the date nearest its cue (find-relations.ts); relations that are
 * states rather than events (where a place lies, what is part of what) take none.
 */
import type { HistoricalDate } from '../domain/historical-date';
import type { RelationType } from '../domain/ontology';
import type { Language } from '../nlp/words';

export interface DateInText {
  date: HistoricalDate;
  /** Offsets within the text. */
  start: number;
  end: number;
}

/** The month names of a language, January first, as Intl gives them. */
export const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  de: calendarNames('de', 'month'),
  en: calendarNames('en', 'month'),
};

/** The weekday names of a language, as Intl gives them. */
export const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  de: calendarNames('de', 'weekday'),
  en: calendarNames('en', 'weekday'),
};

function calendarNames(locale: Language, unit: 'month' | 'weekday'): string[] {
  const format = new Intl.DateTimeFormat(locale, { [unit]: 'long', timeZone: 'UTC' });
  // 2000-01-02 was a Sunday: twelve months from January, seven days from Sunday.
  return unit === 'month'
    ? Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))))
    : Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2000, 0, 2 + day))));
}

const YEAR = '(1[5-9]\\d\\d)(?!\\d)';
const pad = (n: number | string): string => String(n).padStart(2, '0');

function patterns(language: Language): { pattern: RegExp; read: (m: RegExpExecArray) => HistoricalDate | null }[] {
  const months = MONTHS[language];
  const month = `(${months.join('|')})`;
  const monthNumber = (name: string): number => months.indexOf(name) + 1;
  const day = (d: string, m: string, y: string): HistoricalDate | null => {
    const date = new Date(Date.UTC(Number(y), monthNumber(m) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return null; // "31. Juni"
    return { iso: `${y}-${pad(monthNumber(m))}-${pad(d)}`, precision: 'DAY' };
  };
  const common = [
    {
      pattern: new RegExp(`(?<!\\d)${month}\\s+${YEAR}`, 'gu'),
      read: (m: RegExpExecArray): HistoricalDate => ({ iso: `${m[2]}-${pad(monthNumber(m[1]!))}`, precision: 'MONTH' }),
    },
    {
      pattern: new RegExp(`(?<!\\d)(1[5-9]\\d)0(?:er(?:\\s+Jahren?)?|s)(?![\\p{L}])`, 'gu'),
      read: (m: RegExpExecArray): HistoricalDate => ({ iso: m[1]!, precision: 'DECADE' }),
    },
    {
      pattern: new RegExp(`(?<![\\d.])${YEAR}`, 'gu'),
      read: (m: RegExpExecArray): HistoricalDate => ({ iso: m[1]!, precision: 'YEAR' }),
    },
  ];
  const days =
    language === 'de'
      ? [
          {
            // "27. August 1689", "2. (14.) November 1860" (the first as written)
            pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(?:\\(\\d{1,2}\\.\\)\\s*)?${month}\\s+${YEAR}`, 'gu'),
            read: (m: RegExpExecArray) => day(m[1]!, m[2]!, m[3]!),
          },
        ]
      : [
          {
            pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month},?\\s+${YEAR}`, 'gu'),
            read: (m: RegExpExecArray) => day(m[1]!, m[2]!, m[3]!),
          },
          {
            pattern: new RegExp(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*${YEAR}`, 'gu'),
            read: (m: RegExpExecArray) => day(m[2]!, m[1]!, m[3]!),
          },
        ];
  return [...days, ...common];
}

const PATTERNS: Record<Language, ReturnType<typeof patterns>> = { de: patterns('de'), en: patterns('en') };

/** Every date the text states, most precise reading first where readings overlap, in text order. */
export function findDates(text: string, language: Language): DateInText[] {
  const found: DateInText[] = [];
  for (const { pattern, read } of PATTERNS[language]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      const date = read(m);
      if (date) found.push({ date: { ...date, text: m[0] }, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The date of the sentence as a whole: the one date it states, if it states one. */
export function dateOfSentence(sentence: string, language: Language): HistoricalDate | null {
  const dates = findDates(sentence, language);
  const distinct = new Set(dates.map(({ date }) => date.iso));
  return distinct.size === 1 ? dates[0]!.date : null;
}

/** Relations that are states, not events: no date of a sentence is theirs. */
const UNDATED: ReadonlySet<RelationType> = new Set(['LOCATED_IN', 'PART_OF', 'NAMED_AFTER']);

/** The date of a relation suggested from a sentence: the date nearest to its cue at `at`, in its clause if one is. */
export function dateOfRelation(
  sentence: string,
  relation: { type: RelationType; at: number },
  language: Language,
): HistoricalDate | null {
  if (UNDATED.has(relation.type)) return null;
  const dates = findDates(sentence, language);
  // Nearest first, a date in another clause ("Nachdem er 1855 ... war, reiste er 1860") after any in the cue's own.
  const distance = (d: DateInText): number => {
    const between = d.end <= relation.at ? sentence.slice(d.end, relation.at) : sentence.slice(relation.at, d.start);
    return between.length + (/[,;:()]/.test(between) ? sentence.length : 0);
  };
  const nearest = [...dates].sort((a, b) => distance(a) - distance(b))[0];
  if (!nearest) return null;
  // The end of a span ("von 1850 bis 1858", "from 1829 to 1835") dates from its start.
  const opening = dates.find((d) => {
    if (d.end > nearest.start) return false;
    const gap = sentence.slice(d.end, nearest.start);
    if (/^\s*[-–]\s*$/.test(gap)) return true;
    return RANGE[language].from.test(sentence.slice(0, d.start)) && RANGE[language].to.test(gap);
  });
  return (opening ?? nearest).date;
}

/** A span of dates: "von 1850 bis 1858", "1850-1858", "from 1829 to 1835", "between 1821 and 1823". */
const RANGE: Record<Language, { from: RegExp; to: RegExp }> = {
  de: {
    from: /(?:^|\s)(?:von|vom|zwischen)\s+(?:\p{L}+\s+)?$/iu,
    to: /^\s*(?:bis(?:\s+zum)?|und)\s+(?:\p{L}+\s+)?$/iu,
  },
  en: { from: /(?:^|\s)(?:from|between)\s+(?:\p{L}+\s+)?$/iu, to: /^\s*(?:to|until|till|and)\s+(?:\p{L}+\s+)?$/iu },
};
