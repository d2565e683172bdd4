/**
 * How a name changes its ending in running text, per language: German declines names and the
 * nouns in them ("Putjatins", "des Amur-Flusses", "dem Prinzen Gong"); English adds only the
 * plural or possessive s ("the Cossacks", "Nevelskoy's", where the apostrophe ends the word). The
 * one list of these endings, for linking names as written, for linking spellings, and for spelling
 * keys.
 */
import type { Language } from './language';

/** The endings a word of a name may take, longest first. */
export const NAME_ENDINGS: Record<Language, readonly string[]> = {
  de: ['ns', 'es', 'en', 'er', 's', 'n', 'e'],
  en: ['s'],
};

/** Whether `ending` (what follows a name's word up to the word's end) is one it may take. */
export function isNameEnding(ending: string, language: Language): boolean {
  return ending === '' || NAME_ENDINGS[language].includes(ending);
}

/** The word without the longest ending it may have taken: "Murawjews" -> "Murawjew". */
export function stripNameEnding(word: string, language: Language): string {
  const ending = NAME_ENDINGS[language].find(
    (candidate) => word.length > candidate.length + 3 && word.endsWith(candidate),
  );
  return ending ? word.slice(0, -ending.length) : word;
}

/** A regular-expression group that matches any ending of either language, captured. */
export const ANY_NAME_ENDING = `(${[...new Set([...NAME_ENDINGS.de, ...NAME_ENDINGS.en])].sort((a, b) => b.length - a.length).join('|')})?`;
