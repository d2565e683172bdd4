/**
 * Words of a sentence with their offsets, and their Snowball stems (German or English), so that
 * "unterzeichnete", "unterzeichnet" and "Unterzeichnung" share a stem with the cue "unterzeichnen".
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';

import type { Language } from '../domain/language';

export { isLanguage, LANGUAGES, type Language } from '../domain/language';

export interface Word {
  text: string;
  /** Offsets within the tokenised text. */
  start: number;
  end: number;
  /** Lower-cased, umlauts folded, Snowball-stemmed. */
  stem: string;
}

const stemmers: Record<Language, Stemmer> = { de: newStemmer('german'), en: newStemmer('english') };
const segmenters: Record<Language, Intl.Segmenter> = {
  de: new Intl.Segmenter('de', { granularity: 'word' }),
  en: new Intl.Segmenter('en', { granularity: 'word' }),
};

/** The stem of one word: "Unterstützung" -> "unterstutz". */
export function stemWord(word: string, language: Language): string {
  return stemmers[language].stem(word.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** The words of `text` (Unicode word boundaries; punctuation and spaces left out), in order. */
export function words(text: string, language: Language): Word[] {
  const found: Word[] = [];
  for (const { segment, index, isWordLike } of segmenters[language].segment(text)) {
    if (!isWordLike) continue;
    found.push({ text: segment, start: index, end: index + segment.length, stem: stemWord(segment, language) });
  }
  return found;
}
