/**
 * Stage 3 of the extraction pipeline: names in a sentence that link to no known entity, with a type
 * and the rule that gave it (the words each rule reads are in name-cues.ts). German capitalises
 * every noun, so there a capitalised word is a name only when the lexicon (nlp/lexicon.ts) does not
 * know it as a common word or other evidence says so; English capitalises a common word within a
 * sentence only in a name, so there the lexicon is asked of a sentence's first word only ("to
 * Canton", "Henry Pottinger"). A run of capitalised words is cut where a title, role or common
 * noun leads it, where "von X nach" or a given name after another name starts a second name, and
 * where a common noun ends it. Its type, by the first rule that applies:
 *   1. a class word that forms the name, a ship's prefix, a ruler's number, a title of nobility
 *      ("Cape Horn", "HMS Cornwallis", "Katharina II.", "Baron Gros": kept in the name);
 *   2. a title, rank, kinship or class word before it, also before its genitive ("Graf X", "die
 *      Brigg X", "seine Frau X", "die Mündung der X"), an article and a verb of sailing ("the X
 *      sailed"), a possessive ("Cook's"), a ship's context ("an Bord der X"), "namens X";
 *   3. a compound with a class word ("Kronstadt", "Laptewsee", "Admiralitätskollegium"), a role
 *      before it ("der Seefahrer X"), a class word before the comma ("zwei Schiffen, der X");
 *   4. a class word in or after it ("Stanowoi-Gebirge", "the Novgorodsky post");
 *   5. an apposition after it ("X, einer jungen Siedlung");
 *   6. a preposition or verb of place before it ("nach X", "at the upper X", "left X", "von X nach");
 *   7. the make of a Russian place name ("Ust-Strelka", "Chabarowka", "Okhotsk");
 *   8. a given name and a surname, a first name and a surname;
 *   9. the shape of a Russian surname ("Korsakow"; in English spelling "-ov", not "-ow");
 *  10. a name listed with a typed one takes its type, and a weak guess gives way to a sure one.
 */
import { Coverage } from '../nlp/coverage';
import type { EntityType } from '../domain/ontology';
import { isCommonWord, isGivenName, isKnownNoun, nounLemma, nounLemmas } from '../nlp/lexicon';
import { MONTHS, WEEKDAYS } from './find-dates';
import {
  AGENT_NOUN,
  APPOSITION,
  CALLED,
  CLASS_OF,
  CLASS_THEN_NAME,
  CUES_AFTER,
  CUES_BEFORE,
  FROM_PLACE_TO,
  FUNCTION_WORDS,
  languageNamesIn,
  NAME_FORMING,
  NAME_SHAPE,
  NOBILITY,
  NOT_ROLES,
  PEOPLE_ADJECTIVE,
  PLACE_BEFORE,
  PLACE_PREFIX,
  PLACE_SHAPE,
  PLACE_VERB_BEFORE,
  ROLE_BEFORE,
  SAILED_AFTER,
  SAILED_BEFORE,
  SHIP_PLACE,
  SHIP_PREFIX,
} from './name-cues';
import type { Language } from '../nlp/words';

export interface NewEntityCandidate {
  name: string;
  type: EntityType;
  confidence: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  /** The rule that proposed it, for the reviewer: 'title "Kapitän" before it'. */
  rule: string;
}

/**
 * Runs of capitalised words (a name may span "Nikolai Murawjow"), hyphens, initials and particles
 * ("von", "the") allowed, a ruler's number at the end: at most six words after the first, as no name is longer, and a run of
 * thousands made every step after it quadratic.
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}-])(?:(?:St|Ste|Mt|Ft)\.\s+)?\p{Lu}[\p{L}-]*\p{L}(?:\s+(?:(?:von|van|de|zu|der|the)\s+)?(?:\p{Lu}\.\s*){0,3}(?:(?:St|Ste|Mt|Ft)\.\s+)?\p{Lu}[\p{L}-]*\p{L}){0,6}(?:\s+[IVX]{1,4}\.)?/gu;

/** Lower-case words a name may hold: "Leopold von Schrenck", "Peter the Great Gulf". */
const PARTICLE = /\s(?:von|van|de|zu|der|the)\s/;

/** A ruler's number after the name: "Katharina I.", "Peter II.". */
const REGNAL = /\s[IVX]{1,4}\.$/;

/** Months and weekdays of either language, which are capitalised and never names here. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (['de', 'en'] as const).flatMap((language) => [...MONTHS[language], ...WEEKDAYS[language]]),
);

/** "A und B", "A, B and C": what stands between names listed together. */
export const LISTED = /^\s*(?:,|und|sowie|and|or|oder|,\s*and)(?:\s+(?:der|die|das|den|dem|the))?\s*$/;

/** The type a class word gives, read at the word's end ("Sommerpalast" is a "palast"). */
function classWordType(word: string, language: Language): EntityType | undefined {
  const cues = CUES_BEFORE[language];
  const lemmas = [word, ...nounLemmas(word, language)].map((lemma) => lemma.toLowerCase());
  const cue = lemmas.find((lemma) => Object.hasOwn(cues, lemma));
  if (cue) return cues[cue];
  const lower = lemmas.at(-1)!;
  if (language !== 'de' || word.includes('-')) return undefined;
  const suffix = Object.keys(cues).find((cue) => cue.length >= 5 && lower.endsWith(cue) && cues[cue] === 'PLACE');
  return suffix ? cues[suffix] : undefined;
}

/** The class word of places a German word no lexicon knows ends in: "Kronstadt" -> "stadt". */
function placeCompound(word: string, language: Language, before: string): string | undefined {
  if (language !== 'de' || /[\s-]/.test(word) || isCommonWord(word, language)) return undefined;
  // A sea's name: "Laptewsee", "Beringmeer" (a lake or sea takes an article, a town none).
  const sea = /^\p{Lu}\p{Ll}{3,}(see|meer)$/u.exec(word)?.[1];
  if (sea) return sea;
  // A town's name takes no article ("am Zusammenfluss" is a common noun the lexicon lacks); a
  // coast's, island's, bay's or mountains' name does: "an der Murmanküste".
  const geographic = /(?:küste|ufer|insel|bucht|gebirge|halbinsel)$/.test(word.toLowerCase());
  if (!geographic && /(?:^|\s)(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|eine?[mnrs]?)\s+$/i.test(before))
    return undefined;
  const lower = word.toLowerCase();
  return Object.keys(CUES_BEFORE.de).find(
    (cue) => cue.length >= 5 && lower.length > cue.length + 2 && lower.endsWith(cue) && CUES_BEFORE.de[cue] === 'PLACE',
  );
}

/** A German body named by a compound of its class word: "Admiralitätskollegium" (the lexicon lacks it). */
function bodyCompound(word: string, language: Language): string | undefined {
  if (language !== 'de' || /[\s-]/.test(word) || nounLemmas(word, language)[0] !== word || isKnownNoun(word))
    return undefined;
  return /^\p{Lu}\p{Ll}{3,}(ministerium|kollegium|komitee|kanzlei|departement|kommission|gesellschaft|kompanie)$/u.exec(
    word,
  )?.[1];
}

/** Whether a capitalised word is a class word of places: "Bay", "Bucht", "Gulf". */
export function isPlaceClassWord(word: string, language: Language): boolean {
  return afterCueType(word, language) === 'PLACE';
}

function afterCueType(word: string, language: Language): EntityType | undefined {
  const lemmas = nounLemmas(word, language);
  return CUES_AFTER[language].find(
    ([pattern]) => pattern.test(word) || lemmas.some((lemma) => pattern.test(lemma)),
  )?.[1];
}

/**
 * The runs of NAME_RUN, split at "von", "van" and "de" unless given names or a title of nobility
 * stand before it: "Leopold von Schrenck" is one name, "Newa von Kronstadt" two.
 */
function* nameRuns(text: string, language: Language): Generator<{ name: string; start: number }> {
  for (const run of text.matchAll(NAME_RUN)) {
    let name = run[0];
    let start = run.index;
    // English says "from", never "von": there "von" stands only in a name ("Adelbert von Chamisso").
    const particle = language === 'en' ? /\s(?:van|de)\s/ : /\s(?:von|van|de)\s/;
    for (let at = name.search(particle); at > 0; at = name.search(particle)) {
      const before = name.slice(0, at).split(/\s+/);
      const titled = (word: string): boolean =>
        NOBILITY.has(word) ||
        Object.hasOwn(CUES_BEFORE.de, word.toLowerCase()) ||
        Object.hasOwn(CUES_BEFORE.en, word.toLowerCase());
      // ... but "von X nach Y" is a journey: "die Brigg Jekaterina von Ochotsk nach Hokkaido".
      const journey = /^\s+(?:nach|bis|zum|zur)\s/.test(text.slice(start + name.length));
      if (!journey && before.every((word) => isGivenName(word) || titled(word)) && before.some(isGivenName)) break;
      yield { name: name.slice(0, at), start };
      const rest = name.slice(at).replace(/^\s(?:von|van|de)\s+/, '');
      start += name.length - rest.length;
      name = rest;
    }
    // "an der Angara der Ostrog Bratsk": "der" before a class word starts another phrase.
    const classAfterDer = /\sder\s+(\p{Lu}\p{Ll}+)/u.exec(name);
    if (classAfterDer && Object.hasOwn(CUES_BEFORE[language], classAfterDer[1]!.toLowerCase())) {
      yield { name: name.slice(0, classAfterDer.index), start };
      const rest = classAfterDer.index + classAfterDer[0].length - classAfterDer[1]!.length;
      start += rest;
      name = name.slice(rest);
    }
    // Two names side by side: a given name after a word that is neither a given name nor a title
    // starts a second name ("in Matsumae Adam Laxman").
    const words = [...name.matchAll(/\S+/g)];
    const second = words.findIndex(
      (word, i) =>
        i > 0 &&
        i < words.length - 1 &&
        isGivenName(word[0]) &&
        !isGivenName(words[i - 1]![0]) &&
        !PLACE_PREFIX.has(words[i - 1]![0]) &&
        !isCommonWord(words[i + 1]![0], language) &&
        !NOBILITY.has(words[i - 1]![0]) &&
        !Object.hasOwn(CUES_BEFORE[language], words[i - 1]![0].toLowerCase()),
    );
    if (second > 0) {
      const at = words[second]!.index;
      yield { name: name.slice(0, at).trimEnd(), start };
      yield { name: name.slice(at), start: start + at };
    } else yield { name, start };
  }
}

interface Guess {
  type: EntityType;
  confidence: number;
  rule: string;
}

export function findNewEntities(
  text: string,
  covered: readonly { start: number; end: number }[],
  language: Language,
  /** Filled with the runs no rule typed, not common words: a name listed with a known one may take its type. */
  untyped: { name: string; start: number; end: number }[] = [],
): NewEntityCandidate[] {
  const found: (Omit<NewEntityCandidate, 'type' | 'confidence' | 'rule'> & { guess: Guess | null })[] = [];
  const coverage = new Coverage(text.length, covered);
  /** Where names a class word named end: a common word listed after one is a name too ("die Hoffnung und die Eintracht"). */
  const classNamedEnds: number[] = [];
  for (const run of nameRuns(text, language)) {
    let name = run.name;
    let start = run.start;
    // A particle joins two names only where neither is known: "Kaiser Yongzheng von China" ends
    // before "von"; and a name does not start with a known one ("Peking der ...").
    while (PARTICLE.test(name) && coverage.overlaps({ start, end: start + name.length })) {
      name = name.slice(0, name.search(/\s(?:von|van|de|zu|der|the)\s(?!.*\s(?:von|van|de|zu|der|the)\s)/)).trimEnd();
    }
    // A run that starts with a function word or a title or class word ("Die Brigg Baikal") starts
    // after it; the word before still tells the type. Titles of nobility stay.
    // In German, a common noun before a name is no part of it: "Archimandriten Antonij Platkowski".
    // ... except in the name of a body or place made of common words: "Geographische Gesellschaft",
    // "Akademie der Wissenschaften".
    // A genitive's head comes first ("Akademie der Wissenschaften"; "Leiter der Mission" is a
    // leader, no body), and "von" is no genitive's ("die Mission von Kjachta nach Peking").
    const isInstitution = (run: string): boolean => {
      const words = run.split(/\s+/);
      return PARTICLE.test(run)
        ? /\sder\s/.test(run) && ['ORGANIZATION', 'EVENT'].includes(afterCueType(words[0]!, language) ?? '')
        : ['ORGANIZATION', 'PLACE'].includes(afterCueType(words.at(-1)!, language) ?? '') &&
            // ... with adjectives or names before its class word: "Geographische Gesellschaft", not
            // "Jahr Soldaten".
            words.slice(0, -1).every((word) => /(?:e|en|er|es|em)$/.test(word) || !isCommonWord(word, language));
    };
    const leads = (word: string): boolean => {
      if (FUNCTION_WORDS.has(word)) return true;
      // Titles of nobility and class words that form a name ("Cape Horn") stay in it.
      if (NOBILITY.has(word) || (NAME_FORMING[language].has(word) && /\s/.test(name))) return false;
      return (
        (language === 'de' && !isInstitution(name) && isCommonWord(word, language)) ||
        Object.hasOwn(CUES_BEFORE[language], word.toLowerCase()) ||
        !!classWordType(word, language)
      );
    };
    // English capitalises a common word only to open a sentence or before a title ("Grand Duke
    // Konstantin Nikolayevich", "Russian Admiral X"): only there is it no part of the name, as long
    // as a word no lexicon knows is left. Elsewhere a capitalised word is a name's, common or not:
    // "Henry Pottinger", "Lin Zexu", "Hong Kong Island", "Russian America".
    const englishLead = (word: string, rest: string): boolean =>
      language === 'en' &&
      !NOBILITY.has(word) &&
      isCommonWord(word, language) &&
      (opensSentence(text, start) || Object.hasOwn(CUES_BEFORE.en, rest.split(/\s+/)[0]!.toLowerCase())) &&
      rest.split(/\s+/).some((other) => !isCommonWord(other, language));
    // A German noun of agents before a given name is a role, no part of the name: "Seefahrer Vitus Bering".
    const germanRole = (word: string, rest: string): boolean =>
      language === 'de' && AGENT_NOUN.test(word) && !isGivenName(word) && isGivenName(rest.split(/\s+/)[0]!);
    const stripLeading = (): void => {
      while (
        (leads(name.split(/\s+/)[0]!) ||
          englishLead(name.split(/\s+/)[0]!, name.replace(/^\S+\s*/, '')) ||
          germanRole(name.split(/\s+/)[0]!, name.replace(/^\S+\s*/, ''))) &&
        /\s/.test(name)
      ) {
        const cut = name.search(/\s+\S/);
        let rest = name.slice(cut).trimStart();
        // "im Auftrag der Akademie der Wissenschaften": the body starts after the genitive's article.
        const article = /^der\s+/.exec(rest)?.[0];
        if (article && isInstitution(rest.slice(article.length))) rest = rest.slice(article.length);
        start += name.length - rest.length;
        name = rest;
      }
    };
    stripLeading();
    const institution = isInstitution(name);
    // ... and ends before a common noun that follows it: "Lord Elgin Frieden" (not a class word,
    // "De-Kastri Bay"; not after one, "die Bucht Goldenes Horn").
    const classWordBefore = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    const named = classWordBefore !== undefined && classWordType(classWordBefore, language) !== undefined;
    // (English capitalises no common noun there: "Henry Pottinger" keeps "Pottinger".)
    for (
      let words = name.split(/\s+/);
      language === 'de' && !named && !institution && words.length > 1;
      words = name.split(/\s+/)
    ) {
      const last = words.at(-1)!;
      // ... but a surname after given names is one, common noun or not: "Gerhard Friedrich Müller".
      if (
        !isCommonWord(last, language) ||
        afterCueType(last, language) ||
        words.slice(0, -1).every((word) => isGivenName(word) || /^(?:von|van|de|zu|der)$/.test(word))
      )
        break;
      name = name
        .slice(0, name.lastIndexOf(last))
        .replace(/\s+(?:von|van|de|zu|der|the)\s*$/, '')
        .trimEnd();
    }
    // What is left after a stripped word starts after a particle: "Bericht von Korsakow" -> "Korsakow".
    // ... and what is left of it may start with a class word again: "Küste der Insel Sitka" -> "Sitka".
    const particle = /^(?:von|van|de|zu|der|the)\s+/.exec(name)?.[0];
    if (particle) {
      start += particle.length;
      name = name.slice(particle.length);
      stripLeading();
    }
    // One word after a class word is a name though the lexicon knows it: "das Schiff Fortuna".
    const before = text.slice(Math.max(0, start - 60), start);
    const classThen = CLASS_THEN_NAME.exec(before)?.[1];
    const namedByClassWord =
      (named ||
        (classThen !== undefined && classWordType(classThen, language) !== undefined) ||
        SHIP_PLACE[language].test(before) ||
        classNamedEnds.some((end) => LISTED.test(text.slice(end, start)))) &&
      !FUNCTION_WORDS.has(name) &&
      !classWordType(name, language);
    if (namedByClassWord && !/\s/.test(name)) classNamedEnds.push(start + name.length);
    // A word no lexicon knows that ends in a class word is a name of that class: "Kronstadt".
    const compoundName =
      !!placeCompound(name, language, text.slice(Math.max(0, start - 12), start)) || !!bodyCompound(name, language);
    if (
      !/^\p{Lu}/u.test(name) ||
      (leads(name) && !namedByClassWord && !compoundName) ||
      NOBILITY.has(name) ||
      name.split(/\s+/).some((word) => CALENDAR_WORDS.has(word))
    )
      continue;
    // "Treaty of Shimoda": the class word and "of" belong to the name.
    const classOf = CLASS_OF[language].exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (classOf && !coverage.overlaps({ start: start - classOf.length, end: start + name.length })) {
      const classWord = classOf.split(/\s+/)[0]!;
      const type = classWordType(classWord, language) ?? afterCueType(classWord, language);
      if (type) {
        const full = `${classOf}${name}`;
        const at = start - classOf.length;
        found.push({
          name: full,
          start: at,
          end: start + name.length,
          guess: { type, confidence: 0.7, rule: `class word "${classWord}" with "${classOf.trim().split(/\s+/)[1]}"` },
        });
        continue;
      }
    }
    const end = start + name.length;
    if (coverage.overlaps({ start, end })) continue;
    // "to Russian ships": an adjective of a people, no place.
    if (
      language === 'en' &&
      PEOPLE_ADJECTIVE.test(name) &&
      /^\s+\p{Ll}/u.test(text.slice(end)) &&
      !/^\s+(?:along|in|on|at|to|from|and|or|of|with|by|for|near|into|off|was|were|is|had|has)\b/.test(text.slice(end))
    )
      continue;
    // "translated into German, French and English": languages, no places.
    if (language === 'en' && languageNamesIn('en').has(name)) continue;
    // A class word with an ending stands in its nominative: "Stanowoi-Gebirges" -> "Stanowoi-Gebirge".
    const parts = name.split('-');
    // (A genitive ending only: "Aleuten-Inseln" is a plural, no case of "Insel".)
    const lastWord = parts.at(-1)!;
    const lemmaOfLast = nounLemma(lastWord, language);
    const lastLemma =
      /^(?:s|es)$/.test(lastWord.slice(lemmaOfLast.length)) && lastWord.startsWith(lemmaOfLast)
        ? lemmaOfLast
        : lastWord;
    const written =
      parts.length > 1 && afterCueType(lastLemma, language) ? [...parts.slice(0, -1), lastLemma].join('-') : name;
    found.push({ name: written, start, end, guess: guessType(text, start, end, name, language) });
  }
  // Rule 4: a name listed with a typed one takes its type ("A, B und C": along the list).
  for (let changed = true; changed;) {
    changed = false;
    found.forEach((candidate, i) => {
      // A weak guess (by the shape of a name) gives way to a sure one it is listed with.
      if (candidate.guess && candidate.guess.confidence >= 0.55) return;
      for (const [other, gap] of [
        [found[i - 1], found[i - 1] && text.slice(found[i - 1]!.end, candidate.start)],
        [found[i + 1], found[i + 1] && text.slice(candidate.end, found[i + 1]!.start)],
      ] as const) {
        if (!other?.guess || gap === undefined || !LISTED.test(gap)) continue;
        if (candidate.guess && (other.guess.confidence < 0.6 || other.guess.type === candidate.guess.type)) continue;
        candidate.guess = { type: other.guess.type, confidence: 0.6, rule: `listed with "${other.name}"` };
        changed = true;
        return;
      }
    });
  }
  for (const { name, start, end, guess } of found) {
    if (!guess && name.length >= 3 && !holdsCommonWord(text, start, name, language)) untyped.push({ name, start, end });
  }
  return found
    .filter((candidate) => candidate.guess !== null && candidate.name.length >= 3)
    .map(({ guess, ...candidate }) => ({ ...candidate, ...guess! }));
}

/** Whether only punctuation stands before `start`: the word opens its sentence. */
function opensSentence(text: string, start: number): boolean {
  return /^\W*$/.test(text.slice(0, start));
}

/**
 * Whether a run is no name for holding a common word. A common word makes a German run none
 * ("Russische Truppen"); English capitalises common words within a sentence in names only ("to
 * Canton", "Lin Zexu", "Henry Pottinger": the English lexicon holds "canton", "lin" and
 * "pottinger"), so there only a sentence's first word is in doubt.
 */
function holdsCommonWord(text: string, start: number, name: string, language: Language): boolean {
  const parts = name.split(/[\s-]+/);
  if (language === 'en' && (parts.length > 1 || !opensSentence(text, start))) return false;
  return parts.some((part) => isCommonWord(part, language)) || (parts.length === 1 && isCommonWord(name, language));
}

function guessType(text: string, start: number, end: number, name: string, language: Language): Guess | null {
  /** The text up to `n` characters before the name, where the words that type it stand. */
  const before = (n: number): string => text.slice(Math.max(0, start - n), start);
  const forming = name.split(/\s+/)[0]!;
  if (NAME_FORMING[language].has(forming) && /\s/.test(name)) {
    return { type: 'PLACE', confidence: 0.7, rule: `class word "${forming}" leading the name` };
  }
  const ship = SHIP_PREFIX.exec(name)?.[0].split(/\s+/)[0];
  if (ship) return { type: 'SHIP', confidence: 0.75, rule: `ship's prefix "${ship}"` };
  const regnal = REGNAL.exec(name)?.[0].trim();
  if (regnal) return { type: 'PERSON', confidence: 0.7, rule: `a ruler's number "${regnal}" after the name` };
  const nobility = name.split(/\s+/)[0]!;
  if (NOBILITY.has(nobility)) return { type: 'PERSON', confidence: 0.75, rule: `title of nobility "${nobility}"` };
  const titled = /([\p{L}]+)\s+$/u.exec(before(40))?.[1];
  const cueBefore = titled ? classWordType(titled, language) : undefined;
  if (cueBefore) return { type: cueBefore, confidence: 0.75, rule: `title or class word "${titled}" before it` };
  // "die Mündung der Dwina", "an der Küste des X": a class word and a genitive article before it.
  const genitive = /([\p{L}]+)\s+(?:des|der)\s+$/u.exec(before(40));
  const genitiveOf = genitive?.[1];
  const genitiveType =
    genitiveOf &&
    language === 'de' &&
    /^(?:Mündung|Küste|Ufer|Insel|Bucht|Halbinsel|Quelle|Oberlauf|Unterlauf)$/.test(genitiveOf)
      ? classWordType(genitiveOf, language)
      : undefined;
  if (genitiveType === 'PLACE') return { type: 'PLACE', confidence: 0.65, rule: `"${genitive![0].trim()}" before it` };
  // A name after an article with no role between is no person's; before a verb of sailing, a ship's:
  // "the Slava Rossii sailed", "die Miranda segelte".
  const article = /(?:^|\s)(?:the|The|der|die|das|Der|Die|Das)\s+$/.test(before(5));
  // (Not after a preposition: "Auf der Rückfahrt strandete".)
  const afterPreposition = /(?:^|\s)(?:auf|an|in|bei|mit|nach|von|zu|aus|on|at|from|to|with)\s+\S+\s+$/i.test(
    before(14),
  );
  const sailedBefore = language === 'de' && SAILED_BEFORE.test(before(24));
  if ((article && !afterPreposition && SAILED_AFTER[language].test(text.slice(end))) || sailedBefore) {
    return { type: 'SHIP', confidence: 0.55, rule: 'an article before it and a verb of sailing after it' };
  }
  // "Cook's third voyage": who owns something is a person.
  if (language === 'en' && /^'s\s+\p{Ll}/u.test(text.slice(end)) && !/\s/.test(name)) {
    return { type: 'PERSON', confidence: 0.5, rule: `a possessive "${name}'s"` };
  }
  if (SHIP_PLACE[language].test(before(60)) && !/\s/.test(name)) {
    return { type: 'SHIP', confidence: 0.55, rule: 'where a ship is named: on board, sailing with it' };
  }
  const called = CALLED[language].exec(before(60));
  if (called && !/\s/.test(name)) {
    const noun = called[1];
    const type = noun ? (classWordType(noun, language) ?? afterCueType(noun, language)) : undefined;
    return { type: type ?? 'PERSON', confidence: 0.6, rule: `"${called[2]}" before it` };
  }
  // An English body named by its class word alone: "the Admiralty", "the Synod".
  if (language === 'en' && !/\s/.test(name) && afterCueType(name, language) === 'ORGANIZATION' && start > 0) {
    return { type: 'ORGANIZATION', confidence: 0.55, rule: `a body's name "${name}"` };
  }
  const body = bodyCompound(name, language);
  if (body) return { type: 'ORGANIZATION', confidence: 0.55, rule: `class word "${body}" in the name` };
  const compound = placeCompound(name, language, before(12));
  if (compound) return { type: 'PLACE', confidence: 0.6, rule: `class word "${compound}" in the name` };
  const role = ROLE_BEFORE[language].exec(before(60))?.[1];
  // (Six letters at least: "sent" and "went" are verbs.)
  if (role && role.length >= 6 && !NOT_ROLES.has(role))
    return { type: 'PERSON', confidence: 0.6, rule: `a person's role "${role}" before it` };
  const classThen = CLASS_THEN_NAME.exec(before(40))?.[1];
  const classThenType = classThen ? classWordType(classThen, language) : undefined;
  if (classThenType) return { type: classThenType, confidence: 0.65, rule: `class word "${classThen}" before it` };
  const parts = name.split(/[\s-]+/);
  const lastPart = parts.at(-1)!;
  const head = PARTICLE.test(name) ? afterCueType(parts[0]!, language) : undefined;
  if (head) return { type: head, confidence: 0.7, rule: `class word "${parts[0]}" leading the name` };
  // (A compound's last part keeps its hyphen: "Tlingit-Krieger".)
  const hyphened = /-([\p{L}]+)$/u.exec(name)?.[1];
  const within =
    parts.length > 1
      ? ((hyphened ? afterCueType(`-${hyphened}`, language) : undefined) ?? afterCueType(lastPart, language))
      : undefined;
  if (within) return { type: within, confidence: 0.7, rule: `class word "${lastPart}" in the name` };
  const after = /^\s*-?([\p{L}]+)/u.exec(text.slice(end))?.[1];
  // English writes the class word after a name in lower case too: "the Novgorodsky post".
  const afterWord = after && language === 'en' ? after.charAt(0).toUpperCase() + after.slice(1) : after;
  const cueAfter = afterWord ? afterCueType(afterWord, language) : undefined;
  const postOf =
    /(?:^|\s)(?:the\s+)?(post|fort|town|city|village|port|settlement|island|province|river|bay|gulf|cape|peninsula|coast|shore|mouth|bank|foot)\s+of\s+(?:the\s+)?$/.exec(
      before(24),
    )?.[1];
  if (language === 'en' && postOf) return { type: 'PLACE', confidence: 0.7, rule: `"the ${postOf} of" before it` };
  if (cueAfter) return { type: cueAfter, confidence: 0.65, rule: `class word "${after}" after it` };
  const given = parts[0]!;
  if (
    parts.length >= 2 &&
    parts.length <= 3 &&
    !name.includes('-') &&
    isGivenName(given) &&
    !(language === 'en' && article)
  ) {
    return { type: 'PERSON', confidence: 0.55, rule: `a given name "${given}" and a surname` };
  }
  if (holdsCommonWord(text, start, name, language)) return null;
  const apposition = APPOSITION[language].exec(text.slice(end))?.[1];
  const appositionType = apposition
    ? (classWordType(apposition, language) ?? afterCueType(apposition, language))
    : undefined;
  if (appositionType) return { type: appositionType, confidence: 0.7, rule: `apposition "${apposition}" after it` };
  const fromTo = FROM_PLACE_TO[language];
  if (fromTo.before.test(before(8)) && fromTo.after.test(text.slice(end))) {
    return {
      type: 'PLACE',
      confidence: 0.55,
      rule: `"${language === 'de' ? 'von X nach' : 'from X to'}": where a journey started`,
    };
  }
  const preposition = PLACE_BEFORE[language].exec(before(60))?.[0].trim();
  if (preposition && parts.length <= 2) {
    return { type: 'PLACE', confidence: 0.55, rule: `preposition of place "${preposition}" before it` };
  }
  const placeVerb = language === 'en' ? PLACE_VERB_BEFORE.exec(before(16)) : null;
  if (placeVerb && parts.length <= 2) {
    return { type: 'PLACE', confidence: 0.5, rule: `a verb of places "${placeVerb[0].trim()}" before it` };
  }
  if (parts.length <= 2 && PLACE_SHAPE.test(name)) {
    return { type: 'PLACE', confidence: 0.45, rule: 'the make of a Russian place name' };
  }
  // No person's first name is a people's: "Russian America", "British Columbia" are lands.
  if (language === 'en' && parts.length === 2 && PEOPLE_ADJECTIVE.test(parts[0]!) && !isGivenName(parts[0]!)) {
    return { type: 'PLACE', confidence: 0.45, rule: `a people's adjective "${parts[0]}" before a name` };
  }
  if (
    parts.length >= 2 &&
    parts.length <= 3 &&
    !name.includes('-') &&
    parts.every((part) => part.length >= 3) &&
    !(language === 'en' && article)
  ) {
    return { type: 'PERSON', confidence: 0.5, rule: 'a first name and a surname' };
  }
  if (!name.includes('-') && parts.every((part) => NAME_SHAPE[language].test(part)) && parts.length <= 3) {
    return { type: 'PERSON', confidence: 0.4, rule: 'the shape of a Russian surname' };
  }
  return null;
}
