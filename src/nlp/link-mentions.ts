import type { Language } from '../domain/language';
import { ANY_NAME_ENDING, isNameEnding } from '../domain/name-inflection';
import { Coverage, longestFirst } from './coverage';

/**
 * Finds where known names occur in sentences. Each name matches as a whole word, followed by an
 * optional German inflection ending ("Putjatins", "des Amur-Flusses" from "Amur-Fluss"); where
 * matches overlap, the longest wins ("Amur-Region" over "Amur"), then the earliest.
 */

export interface NamedEntity {
  id: string;
  names: readonly string[];
}

export interface NameMatch {
  entityId: string;
  /** Offsets within the searched text. */
  start: number;
  end: number;
  text: string;
}

const LETTER = '[\\p{L}\\p{N}]';

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every word of a name may carry an inflection ending: "des Vertrags von Nerchinsk" matches
 * "Vertrag von Nerchinsk". A word ending in a dot ("Nikolaus I.") takes none.
 */
function inflectedPattern(name: string): string {
  return name
    .split(/\s+/)
    .map((word) =>
      /[\p{L}\p{N}]$/u.test(word) ? `${escapeRegExp(word)}${ANY_NAME_ENDING}(?!${LETTER})` : escapeRegExp(word),
    )
    .join('\\s+');
}

/** Names are looked up by the first two letters of a word, so a sentence tries only a few of them. */
const PREFIX_LENGTH = 2;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]{2}/gu;

function prefixOf(word: string): string {
  return word.slice(0, PREFIX_LENGTH).toLowerCase();
}

interface NamePattern {
  entityId: string;
  pattern: RegExp;
}

/** A matcher over many names, compiled once and reused for every sentence. */
export class NameMatcher {
  /** Patterns by the first letters of their name; names that start otherwise are always tried. */
  private readonly byPrefix = new Map<string, NamePattern[]>();
  private readonly always: NamePattern[] = [];

  constructor(entities: readonly NamedEntity[]) {
    for (const { id, names } of entities) {
      for (const name of new Set(names)) {
        if (name.trim().length < 2) continue;
        // A name ending in a dot ("Nikolaus I.") takes no inflection and needs no word end after it.
        const startsWithWord = /^[\p{L}\p{N}]{2}/u.test(name);
        const opening = /^[\p{L}\p{N}]/u.test(name) ? `(?<![\\p{L}\\p{N}-])` : '';
        const entry = { entityId: id, pattern: new RegExp(`${opening}${inflectedPattern(name)}`, 'gu') };
        if (!startsWithWord) {
          this.always.push(entry);
          continue;
        }
        const bucket = this.byPrefix.get(prefixOf(name)) ?? [];
        bucket.push(entry);
        this.byPrefix.set(prefixOf(name), bucket);
      }
    }
  }

  /**
   * Every match of every name in `text`, overlapping ones included, in no particular order; each
   * word's ending one the language gives names (name-inflection.ts).
   */
  candidates(text: string, language: Language = 'de'): NameMatch[] {
    const candidates: NameMatch[] = [];
    const prefixes = new Set([...text.matchAll(WORD_START)].map((found) => prefixOf(found[0])));
    const patterns = [...this.always, ...[...prefixes].flatMap((prefix) => this.byPrefix.get(prefix) ?? [])];
    for (const { entityId, pattern } of patterns) {
      pattern.lastIndex = 0;
      for (const found of text.matchAll(pattern)) {
        if (!found.slice(1).every((ending) => isNameEnding(ending ?? '', language))) continue;
        // "-er" makes a German place name an adjective before a noun ("Pekinger Vertrag"); alone
        // it is a person from there ("ein Japaner"), no mention of the place.
        const end = found.index + found[0].length;
        if (language === 'de' && found.at(-1) === 'er' && !/^\s+\p{Lu}/u.test(text.slice(end))) continue;
        candidates.push({ entityId, start: found.index, end: found.index + found[0].length, text: found[0] });
      }
    }
    return candidates;
  }

  /** Non-overlapping matches in `text`, in text order. */
  match(text: string, language: Language = 'de'): NameMatch[] {
    return longestFirst(this.candidates(text, language), text.length);
  }
}

/** Common nouns and words that German capitalises and that are not names. */
const NOT_NAMES = new Set(
  'Am Als Auch Aber Bis Da Das Dem Den Der Des Die Diese Dieser Dies Doch Er Es Für Gleich In Im Infolge Nach Nur So Sie Trotz Um Und Zweitens Zunächst Später Allerdings Bereits Anders Darin Daher Danach Dafür Darüber Obwohl Während Gemäß Geschickt Laut Auf Bezüglich Anstelle Nachdem Ende Mitte Anfang Beginn Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jahr Jahre Jahren Jahrhundert Jahrhunderts'.split(
    ' ',
  ),
);
const NOUN_ENDINGS =
  /(?:ung|ungen|heit|keit|schaft|tion|tionen|ität|nis|tum|ismus|ment|mente|ie|ien|ik|ur|or|er|en|el|e|s)$/;

/**
 * Capitalised words that no mention covers and that look like names rather than German nouns:
 * not sentence-initial, not a function word, and not ending like a common German noun. A curator's
 * list of candidates, not a verdict.
 */
export function unlinkedNames(text: string, covered: readonly { start: number; end: number }[]): string[] {
  const names: string[] = [];
  const coverage = new Coverage(text.length, covered);
  for (const found of text.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*\p{L}/gu)) {
    const start = found.index;
    const end = start + found[0].length;
    if (start === 0 || coverage.overlaps({ start, end })) continue;
    const word = found[0];
    if (NOT_NAMES.has(word)) continue;
    if (!word.includes('-') && NOUN_ENDINGS.test(word)) continue;
    names.push(word);
  }
  return names;
}
