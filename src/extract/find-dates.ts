/**
 * The date a sentence gives what it states: a year the sentence names, when it names exactly one
 * (1500-1999).
 */
import type { HistoricalDate } from '../domain/historical-date';
import type { Language } from '../nlp/words';

export function dateOfSentence(sentence: string, _language: Language): HistoricalDate | null {
  const years = new Set(sentence.match(/(?<!\d)1[5-9]\d\d(?!\d)/g) ?? []);
  if (years.size !== 1) return null;
  const [year] = years;
  return { iso: year!, precision: 'YEAR' };
}
