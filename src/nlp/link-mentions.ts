import type { Language } from '../domain/language';
import { ANY_NAME_ENDING, isNameEnding, NAME_ENDINGS } from '../domain/name-inflection';
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

/** A word of a name or a text: letters and digits. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The longest ending a word may take (name-inflection.ts): a word in a text is its name's word plus at most this. */
const LONGEST_ENDING = Math.max(...Object.values(NAME_ENDINGS).flatMap((endings) => endings.map((e) => e.length)));

/**
 * The word a name is looked up by: its longest word, in lower case. A text can name it only if
 * that word occurs in it, as a word of its own or with an ending: most names are looked at only by
 * the sentences that hold their rarest word, however many names are known.
 */
function lookupWord(name: string): string | undefined {
  let longest: string | undefined;
  for (const [token] of name.matchAll(TOKEN)) if (!longest || token.length > longest.length) longest = token;
  return longest?.toLowerCase();
}

/**
 * A name to look for, compiled to its regular expression the first time a text might hold it:
 * compiling takes about a quarter of a millisecond, and most of a large graph's names are never
 * looked for in a given document.
 */
class NamePattern {
  private compiled: RegExp | undefined;

  constructor(
    readonly entityId: string,
    private readonly name: string,
  ) {}

  get pattern(): RegExp {
    if (!this.compiled) {
      const opening = /^[\p{L}\p{N}]/u.test(this.name) ? `(?<![\\p{L}\\p{N}-])` : '';
      this.compiled = new RegExp(`${opening}${inflectedPattern(this.name)}`, 'gu');
    }
    return this.compiled;
  }
}

/** A matcher over many names, compiled once and reused for every sentence. */
export class NameMatcher {
  /** Patterns by their name's lookup word; names without a word are always tried. */
  private readonly byWord = new Map<string, NamePattern[]>();
  private readonly always: NamePattern[] = [];

  constructor(entities: readonly NamedEntity[]) {
    for (const { id, names } of entities) {
      for (const name of new Set(names)) {
        if (name.trim().length < 2) continue;
        const entry = new NamePattern(id, name);
        const word = lookupWord(name);
        if (word === undefined) {
          this.always.push(entry);
          continue;
        }
        const bucket = this.byWord.get(word) ?? [];
        bucket.push(entry);
        this.byWord.set(word, bucket);
      }
    }
  }

  /** The patterns of names whose lookup word `text` holds, with or without an ending. */
  private patternsFor(text: string): NamePattern[] {
    const patterns = new Set(this.always);
    const words = new Set([...text.matchAll(TOKEN)].map(([token]) => token.toLowerCase()));
    for (const word of words) {
      for (let cut = 0; cut <= LONGEST_ENDING && cut < word.length; cut += 1) {
        for (const pattern of this.byWord.get(cut === 0 ? word : word.slice(0, -cut)) ?? []) patterns.add(pattern);
      }
    }
    return [...patterns];
  }

  /**
   * Every match of every name in `text`, overlapping ones included, in no particular order; each
   * word's ending one the language gives names (name-inflection.ts).
   */
  candidates(text: string, language: Language = 'de'): NameMatch[] {
    const candidates: NameMatch[] = [];
    for (const { entityId, pattern } of this.patternsFor(text)) {
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
