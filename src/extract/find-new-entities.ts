/**
 * Stage 3 of the extraction pipeline: names in a sentence that link to no known entity, with a type
 * and the rule that gave it. German capitalises every noun, so a capitalised word is a name only
 * when the lexicon (nlp/lexicon.ts) does not know it as a common word, or when other evidence
 * says so. In order, the first rule that applies:
 *   1. a title or class word before it: "Graf X", "am Fluss X", "die Brigg X", "den Sommerpalast X";
 *   2. a class word within it or after it: "Zeja-Expedition", "Stanowoi-Gebirge", "De-Kastri Bay";
 *   3. an apposition after it: "X, einer jungen Siedlung ..." (the class word gives the type);
 *   4. a name listed with one typed by rules 1-3: "die Gesandten Songgotu und Tong Guogang";
 *   5. a preposition of place or movement before it: "nach X", "in X", "at the X", "between X
 *      and Y", or where a journey started: "von X nach", "from X to";
 *   6. the make of a Russian place name: "Ust-Strelka", "Chabarowka";
 *   7. a first name and surname: "Afanassi Beiton" (in German neither a common word);
 *   8. the shape of a Russian surname: "Korsakow" (in English spelling "-ov", not "-ow").
 * A ship's prefix types it first ("HMS Cornwallis"). Titles of nobility and ships' prefixes stay in
 * the name ("Baron Gros", "Lord Elgin"); ranks and offices do not. English capitalises a common
 * word within a sentence only in a name, so there the lexicon is asked of a sentence's first word
 * only ("to Canton", "Henry Pottinger").
 */
import { Coverage } from '../nlp/coverage';
import type { EntityType } from '../domain/ontology';
import { isCommonWord, nounLemma } from '../nlp/lexicon';
import { MONTHS, WEEKDAYS } from './find-dates';
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

/** Title and class words before a name, lower-cased, per language. */
const CUES_BEFORE: Record<Language, Record<string, EntityType>> = {
  de: {
    graf: 'PERSON',
    grafen: 'PERSON',
    fürst: 'PERSON',
    fürsten: 'PERSON',
    admiral: 'PERSON',
    admirals: 'PERSON',
    gouverneur: 'PERSON',
    generalgouverneur: 'PERSON',
    kapitän: 'PERSON',
    kapitäns: 'PERSON',
    leutnant: 'PERSON',
    general: 'PERSON',
    generals: 'PERSON',
    oberst: 'PERSON',
    kaiser: 'PERSON',
    zar: 'PERSON',
    zaren: 'PERSON',
    minister: 'PERSON',
    ministers: 'PERSON',
    gesandte: 'PERSON',
    gesandten: 'PERSON',
    woiwode: 'PERSON',
    woiwoden: 'PERSON',
    regentin: 'PERSON',
    regent: 'PERSON',
    zarin: 'PERSON',
    kaiserin: 'PERSON',
    könig: 'PERSON',
    königin: 'PERSON',
    prinz: 'PERSON',
    prinzen: 'PERSON',
    baron: 'PERSON',
    barons: 'PERSON',
    lord: 'PERSON',
    lords: 'PERSON',
    sir: 'PERSON',
    hetman: 'PERSON',
    ataman: 'PERSON',
    jesuit: 'PERSON',
    jesuiten: 'PERSON',
    pater: 'PERSON',
    archimandrit: 'PERSON',
    archimandriten: 'PERSON',
    bischof: 'PERSON',
    metropolit: 'PERSON',
    abt: 'PERSON',
    mönch: 'PERSON',
    priester: 'PERSON',
    missionar: 'PERSON',
    herzog: 'PERSON',
    großfürst: 'PERSON',
    großfürsten: 'PERSON',
    schriftsteller: 'PERSON',
    kommandant: 'PERSON',
    kommandanten: 'PERSON',
    konsul: 'PERSON',
    hauptmann: 'PERSON',
    fähnrich: 'PERSON',
    dolmetscher: 'PERSON',
    fluss: 'PLACE',
    flusses: 'PLACE',
    stadt: 'PLACE',
    festung: 'PLACE',
    posten: 'PLACE',
    bucht: 'PLACE',
    insel: 'PLACE',
    hafen: 'PLACE',
    dorf: 'PLACE',
    provinz: 'PLACE',
    palast: 'PLACE',
    siedlung: 'PLACE',
    meerenge: 'PLACE',
    gebirge: 'PLACE',
    gebirges: 'PLACE',
    kloster: 'PLACE',
    klosters: 'PLACE',
    vertrag: 'TREATY',
    vertrags: 'TREATY',
    vertrages: 'TREATY',
    abkommen: 'TREATY',
    abkommens: 'TREATY',
    brigg: 'SHIP',
    korvette: 'SHIP',
    fregatte: 'SHIP',
    schoner: 'SHIP',
    schiff: 'SHIP',
    schiffes: 'SHIP',
    transport: 'SHIP',
    dampfer: 'SHIP',
  },
  en: {
    count: 'PERSON',
    prince: 'PERSON',
    admiral: 'PERSON',
    governor: 'PERSON',
    captain: 'PERSON',
    lieutenant: 'PERSON',
    general: 'PERSON',
    colonel: 'PERSON',
    emperor: 'PERSON',
    tsar: 'PERSON',
    minister: 'PERSON',
    envoy: 'PERSON',
    baron: 'PERSON',
    lord: 'PERSON',
    sir: 'PERSON',
    duke: 'PERSON',
    duchess: 'PERSON',
    commodore: 'PERSON',
    writer: 'PERSON',
    regent: 'PERSON',
    empress: 'PERSON',
    king: 'PERSON',
    queen: 'PERSON',
    voivode: 'PERSON',
    jesuit: 'PERSON',
    jesuits: 'PERSON',
    father: 'PERSON',
    archimandrite: 'PERSON',
    bishop: 'PERSON',
    metropolitan: 'PERSON',
    abbot: 'PERSON',
    monk: 'PERSON',
    priest: 'PERSON',
    missionary: 'PERSON',
    ensign: 'PERSON',
    commander: 'PERSON',
    consul: 'PERSON',
    major: 'PERSON',
    river: 'PLACE',
    city: 'PLACE',
    town: 'PLACE',
    fort: 'PLACE',
    post: 'PLACE',
    bay: 'PLACE',
    island: 'PLACE',
    port: 'PLACE',
    village: 'PLACE',
    province: 'PLACE',
    palace: 'PLACE',
    settlement: 'PLACE',
    monastery: 'PLACE',
    treaty: 'TREATY',
    convention: 'TREATY',
    brig: 'SHIP',
    corvette: 'SHIP',
    frigate: 'SHIP',
    schooner: 'SHIP',
    ship: 'SHIP',
    transport: 'SHIP',
    steamer: 'SHIP',
  },
};

/** Class words a name is compounded with or followed by: "Zeja-Expedition", "Amur Committee". */
const CUES_AFTER: Record<Language, [RegExp, EntityType][]> = {
  de: [
    [/^(?:-?)(?:Expedition|Fahrt|Reise)$/, 'EXPEDITION'],
    [
      /^(?:-?)(?:Ministerium|Komitee|Kompanie|Gesellschaft|Senat|Armee|Mission|Kommission|Rat|Akademie|Universität|Bank|Departement|Kanzlei|Kollegium|Synode|Amt)$/,
      'ORGANIZATION',
    ],
    [/^(?:-?)(?:Krieg|Aufstand|Belagerung|Feldzug|Schlacht)$/, 'EVENT'],
    [/^(?:-?)(?:Vertrag|Abkommen|Traktat)$/, 'TREATY'],
    [
      /^(?:-?)(?:Fluss|Bucht|Gebirge|Insel|See|Meer|Gebiet|Region|Festung|Posten|Fort|Forts|Hafen|Pass|Palast|Kloster)$/,
      'PLACE',
    ],
  ],
  en: [
    [/^(?:Expedition|Voyage)$/, 'EXPEDITION'],
    [
      /^(?:Ministry|Committee|Company|Society|Senate|Army|Mission|Commission|Council|Academy|University|Bank|Department|Office|Chancellery|College|Synod)$/,
      'ORGANIZATION',
    ],
    [/^(?:War|Rebellion|Uprising|Siege|Campaign|Battle)$/, 'EVENT'],
    [/^(?:Treaty|Agreement)$/, 'TREATY'],
    [
      /^(?:River|Bay|Gulf|Strait|Harbour|Harbor|Cape|Lake|Mountains|Range|Island|Islands|Isles|Sea|Region|Fort|Forts|Post|Pass|Palace)$/,
      'PLACE',
    ],
  ],
};

/** Russian surnames as German and English render them (English writes -ov, not -ow: "Foochow" is none). */
const NAME_SHAPE: Record<Language, RegExp> = {
  de: /(?:ow|ew|jew|ov|ev|off|in|yn|ski|skij|sky|skoj|skoy|itsch|ich|enko|uk)$/,
  en: /(?:ov|ev|off|in|yn|ski|skiy|sky|skoy|ich|enko|uk)$/,
};

/**
 * Russian place names by their make: "Ust-Strelka", "Nischne-Kamtschatsk", "Chabarowka",
 * "Nikolajewsk", "Blagoweschtschensk" (prefixes of river mouths, upper and lower, new and old
 * towns; endings of towns and posts).
 */
const PLACE_SHAPE =
  /^(?:(?:Ust|Nischne|Nizhne|Nizhny|Werchne|Verkhne|Nowo|Novo|Staro|Petro)-\p{Lu}|[\p{L}-]+(?:owsk|ewsk|ovsk|evsk|insk|ynsk|ansk|ensk|owka|ewka|ovka|evka|skoje|skoye|grad)$)/u;

/** Prefixes of ships' names, kept in the name: "HMS Cornwallis". */
const SHIP_PREFIX = /^(?:HMS|HMY|USS|SMS|RMS|SS|PS)\s+\p{Lu}/u;

/** Capitalised words that start sentences or clauses and are never names. */
const FUNCTION_WORDS = new Set(
  'Am Als Auch Aber Bis Da Das Dem Den Der Des Die Diese Dieser Dies Doch Ein Eine Einer Er Es Für In Im Nach Nur So Sie Und Von Vor Mit Bei Zu Zum Zur The A An And In On At By Of For From With After Before During This That These Those It He She They His Her Their Then When Later Soon Thus However Meanwhile Also Dann Damals Später Bald Jedoch Inzwischen Während Seit Unter Über Durch Gegen Ohne Wegen Trotz Nachdem Als Wo Dort Hier Danach Daraufhin Under Through Since Until Where There Here'.split(
    ' ',
  ),
);

/**
 * Runs of capitalised words (a name may span "Nikolai Murawjow"), hyphens, initials and particles
 * ("von", "the") allowed, a ruler's number at the end: at most six words after the first, as no name is longer, and a run of
 * thousands made every step after it quadratic.
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*\p{L}(?:\s+(?:(?:von|van|de|zu|der|the)\s+)?(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]*\p{L}){0,6}(?:\s+[IVX]{1,4}\.)?/gu;

/** Lower-case words a name may hold: "Leopold von Schrenck", "Peter the Great Gulf". */
const PARTICLE = /\s(?:von|van|de|zu|der|the)\s/;

/** A ruler's number after the name: "Katharina I.", "Peter II.". */
const REGNAL = /\s[IVX]{1,4}\.$/;

/** Months and weekdays of either language, which are capitalised and never names here. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (['de', 'en'] as const).flatMap((language) => [...MONTHS[language], ...WEEKDAYS[language]]),
);

/** "Treaty of Shimoda", "Vertrag von Nertschinsk": a class word, "of", a name: all of it the name. */
const CLASS_OF: Record<Language, RegExp> = {
  de: /(?:^|\s)((?:Vertrag|Vertrags|Abkommen|Abkommens|Schlacht|Belagerung|Golf|Kap)\s+(?:von|bei)\s+)$/,
  en: /(?:^|\s)((?:Treaty|Convention|Battle|Siege|Gulf|Cape|Sea|Strait|Isle)\s+of\s+(?:the\s+)?)$/,
};

/** An English adjective of a people before a noun: "Russian ships", "Japanese carpenters". */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|an|ic)$/u;

/** Titles of nobility, which stay in the name: "Baron Gros", "Lord Elgin". */
const NOBILITY = new Set(['Baron', 'Lord', 'Sir', 'Graf', 'Fürst', 'Prinz', 'Count', 'Prince']);

/** Prepositions of place and movement before a place's name, per language. */
const PLACE_BEFORE: Record<Language, RegExp> = {
  de: /(?:^|\s)(?:(?:nach|in|bei|aus|über|bis|zwischen)(?:\s+(?:der|dem|den|die|das))?|im|am|ins)\s+$/,
  en: /(?:^|\s)(?:to|at|in|near|from|via|between|into)\s+(?:the\s+)?$/,
};

/** "von X nach Y", "from X to Y": where a journey starts is a place too. */
const FROM_PLACE_TO: Record<Language, { before: RegExp; after: RegExp }> = {
  de: { before: /(?:^|\s)von\s+$/, after: /^\s+(?:nach|bis|zum|zur|in|an)\s/ },
  en: { before: /(?:^|\s)from\s+$/, after: /^\s+(?:to|into|for)\s/ },
};

/** "X, einer jungen Siedlung", "X, a town on ...": the class word of an apposition. */
const APPOSITION: Record<Language, RegExp> = {
  de: /^,\s+(?:eine[rnms]?|ein|die|der|das|dem|den|des)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)/u,
  en: /^,\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)/u,
};

/** "A und B", "A, B and C": what stands between names listed together. */
export const LISTED = /^\s*(?:,|und|sowie|and|or|oder|,\s*and)\s*$/;

/** The type a class word gives, read at the word's end ("Sommerpalast" is a "palast"). */
function classWordType(word: string, language: Language): EntityType | undefined {
  const cues = CUES_BEFORE[language];
  const lower = nounLemma(word, language).toLowerCase();
  if (Object.hasOwn(cues, lower)) return cues[lower];
  if (language !== 'de' || word.includes('-')) return undefined;
  const suffix = Object.keys(cues).find((cue) => cue.length >= 5 && lower.endsWith(cue) && cues[cue] === 'PLACE');
  return suffix ? cues[suffix] : undefined;
}

/** Whether a capitalised word is a class word of places: "Bay", "Bucht", "Gulf". */
export function isPlaceClassWord(word: string, language: Language): boolean {
  return afterCueType(word, language) === 'PLACE';
}

function afterCueType(word: string, language: Language): EntityType | undefined {
  const lemma = nounLemma(word, language);
  return CUES_AFTER[language].find(([pattern]) => pattern.test(word) || pattern.test(lemma))?.[1];
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
  for (const run of text.matchAll(NAME_RUN)) {
    let name = run[0];
    let start = run.index;
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
        ? /\sder\s/.test(run) && afterCueType(words[0]!, language) === 'ORGANIZATION'
        : ['ORGANIZATION', 'PLACE'].includes(afterCueType(words.at(-1)!, language) ?? '');
    };
    const leads = (word: string): boolean =>
      FUNCTION_WORDS.has(word) ||
      (language === 'de' && !isInstitution(name) && !NOBILITY.has(word) && isCommonWord(word, language)) ||
      (!NOBILITY.has(word) &&
        (Object.hasOwn(CUES_BEFORE[language], word.toLowerCase()) || !!classWordType(word, language)));
    // English capitalises a common word only to open a sentence, as a people's adjective
    // ("Russian"), or in a title ("Grand Duke Konstantin Nikolayevich"): only there is it no part
    // of the name, as long as a word no lexicon knows is left. Elsewhere a capitalised word is a
    // name's, common or not: "Henry Pottinger", "Lin Zexu", "Hong Kong Island".
    const englishLead = (word: string, rest: string): boolean =>
      language === 'en' &&
      !NOBILITY.has(word) &&
      isCommonWord(word, language) &&
      (/^\W*$/.test(text.slice(0, start)) ||
        PEOPLE_ADJECTIVE.test(word) ||
        Object.hasOwn(CUES_BEFORE.en, rest.split(/\s+/)[0]!.toLowerCase())) &&
      rest.split(/\s+/).some((other) => !isCommonWord(other, language));
    while (
      (leads(name.split(/\s+/)[0]!) || englishLead(name.split(/\s+/)[0]!, name.replace(/^\S+\s*/, ''))) &&
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
      if (!isCommonWord(last, language) || afterCueType(last, language)) break;
      name = name.slice(0, name.lastIndexOf(last)).trimEnd();
    }
    // What is left after a stripped word starts after a particle: "Bericht von Korsakow" -> "Korsakow".
    const particle = /^(?:von|van|de|zu|der|the)\s+/.exec(name)?.[0];
    if (particle) {
      start += particle.length;
      name = name.slice(particle.length);
    }
    if (leads(name) || NOBILITY.has(name) || name.split(/\s+/).some((word) => CALENDAR_WORDS.has(word))) continue;
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
    if (language === 'en' && PEOPLE_ADJECTIVE.test(name) && /^\s+\p{Ll}/u.test(text.slice(end))) continue;
    // A class word with an ending stands in its nominative: "Stanowoi-Gebirges" -> "Stanowoi-Gebirge".
    const parts = name.split('-');
    const lastLemma = nounLemma(parts.at(-1)!, language);
    const written =
      parts.length > 1 && afterCueType(lastLemma, language) ? [...parts.slice(0, -1), lastLemma].join('-') : name;
    found.push({ name: written, start, end, guess: guessType(text, start, end, name, language) });
  }
  // Rule 4: a name listed with a typed one takes its type ("A, B und C": along the list).
  for (let changed = true; changed;) {
    changed = false;
    found.forEach((candidate, i) => {
      if (candidate.guess) return;
      for (const [other, gap] of [
        [found[i - 1], found[i - 1] && text.slice(found[i - 1]!.end, candidate.start)],
        [found[i + 1], found[i + 1] && text.slice(candidate.end, found[i + 1]!.start)],
      ] as const) {
        if (!other?.guess || gap === undefined || !LISTED.test(gap)) continue;
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

/**
 * Whether a run is no name for holding a common word. A common word makes a German run none
 * ("Russische Truppen"); English capitalises common words within a sentence in names only ("to
 * Canton", "Lin Zexu", "Henry Pottinger": the English lexicon holds "canton", "lin" and
 * "pottinger"), so there only a sentence's first word is in doubt.
 */
function holdsCommonWord(text: string, start: number, name: string, language: Language): boolean {
  const parts = name.split(/[\s-]+/);
  if (language === 'en' && (parts.length > 1 || !/^\W*$/.test(text.slice(0, start)))) return false;
  return parts.some((part) => isCommonWord(part, language)) || (parts.length === 1 && isCommonWord(name, language));
}

function guessType(text: string, start: number, end: number, name: string, language: Language): Guess | null {
  const ship = SHIP_PREFIX.exec(name)?.[0].split(/\s+/)[0];
  if (ship) return { type: 'SHIP', confidence: 0.75, rule: `ship's prefix "${ship}"` };
  const regnal = REGNAL.exec(name)?.[0].trim();
  if (regnal) return { type: 'PERSON', confidence: 0.7, rule: `a ruler's number "${regnal}" after the name` };
  const nobility = name.split(/\s+/)[0]!;
  if (NOBILITY.has(nobility)) return { type: 'PERSON', confidence: 0.75, rule: `title of nobility "${nobility}"` };
  const titled = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const cueBefore = titled ? classWordType(titled, language) : undefined;
  if (cueBefore) return { type: cueBefore, confidence: 0.75, rule: `title or class word "${titled}" before it` };
  const parts = name.split(/[\s-]+/);
  const lastPart = parts.at(-1)!;
  const head = PARTICLE.test(name) ? afterCueType(parts[0]!, language) : undefined;
  if (head) return { type: head, confidence: 0.7, rule: `class word "${parts[0]}" leading the name` };
  const within = parts.length > 1 ? afterCueType(lastPart, language) : undefined;
  if (within) return { type: within, confidence: 0.7, rule: `class word "${lastPart}" in the name` };
  const after = /^\s*-?([\p{L}]+)/u.exec(text.slice(end))?.[1];
  // English writes the class word after a name in lower case too: "the Novgorodsky post".
  const afterWord = after && language === 'en' ? after.charAt(0).toUpperCase() + after.slice(1) : after;
  const cueAfter = afterWord ? afterCueType(afterWord, language) : undefined;
  const postOf = /(?:^|\s)(?:the\s+)?(post|fort|town|city|village|port|settlement)\s+of\s+$/.exec(
    text.slice(Math.max(0, start - 24), start),
  )?.[1];
  if (language === 'en' && postOf) return { type: 'PLACE', confidence: 0.7, rule: `"the ${postOf} of" before it` };
  if (cueAfter) return { type: cueAfter, confidence: 0.65, rule: `class word "${after}" after it` };
  if (holdsCommonWord(text, start, name, language)) return null;
  const apposition = APPOSITION[language].exec(text.slice(end))?.[1];
  const appositionType = apposition
    ? (classWordType(apposition, language) ?? afterCueType(apposition, language))
    : undefined;
  if (appositionType) return { type: appositionType, confidence: 0.7, rule: `apposition "${apposition}" after it` };
  const fromTo = FROM_PLACE_TO[language];
  if (fromTo.before.test(text.slice(Math.max(0, start - 8), start)) && fromTo.after.test(text.slice(end))) {
    return {
      type: 'PLACE',
      confidence: 0.55,
      rule: `"${language === 'de' ? 'von X nach' : 'from X to'}": where a journey started`,
    };
  }
  const preposition = PLACE_BEFORE[language].exec(text.slice(Math.max(0, start - 16), start))?.[0].trim();
  if (preposition && parts.length <= 2) {
    return { type: 'PLACE', confidence: 0.55, rule: `preposition of place "${preposition}" before it` };
  }
  if (parts.length <= 2 && PLACE_SHAPE.test(name)) {
    return { type: 'PLACE', confidence: 0.45, rule: 'the make of a Russian place name' };
  }
  if (parts.length >= 2 && parts.length <= 3 && !name.includes('-') && parts.every((part) => part.length >= 3)) {
    return { type: 'PERSON', confidence: 0.5, rule: 'a first name and a surname' };
  }
  if (!name.includes('-') && parts.every((part) => NAME_SHAPE[language].test(part)) && parts.length <= 3) {
    return { type: 'PERSON', confidence: 0.4, rule: 'the shape of a Russian surname' };
  }
  return null;
}
