/**
 * Stage 3 of the extraction pipeline: names in a sentence that link to no known entity, with a type
 * guessed from the words around them ("Graf X" a person, "am Fluss X" a place, "die Brigg X" a
 * ship). Only names with such a cue, or with the shape of a Russian surname, are proposed: German
 * capitalises every noun, so a bare capitalised word is no evidence of a name.
 */
import { Coverage } from '../nlp/coverage';
import type { EntityType } from '../domain/ontology';
import type { Language } from '../nlp/words';

export interface NewEntityCandidate {
  name: string;
  type: EntityType;
  confidence: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
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
    treaty: 'TREATY',
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
    [/^(?:-?)(?:Ministerium|Komitee|Kompanie|Gesellschaft|Senat|Armee|Mission|Kommission|Rat)$/, 'ORGANIZATION'],
    [/^(?:-?)(?:Krieg|Aufstand|Belagerung|Feldzug|Schlacht)$/, 'EVENT'],
    [/^(?:-?)(?:Vertrag|Abkommen|Traktat)$/, 'TREATY'],
    [/^(?:-?)(?:Fluss|Bucht|Gebirge|Insel|See|Meer|Gebiet|Region|Festung|Posten)$/, 'PLACE'],
  ],
  en: [
    [/^(?:Expedition|Voyage)$/, 'EXPEDITION'],
    [/^(?:Ministry|Committee|Company|Society|Senate|Army|Mission|Commission|Council)$/, 'ORGANIZATION'],
    [/^(?:War|Rebellion|Uprising|Siege|Campaign|Battle)$/, 'EVENT'],
    [/^(?:Treaty|Agreement)$/, 'TREATY'],
    [/^(?:River|Bay|Mountains|Island|Sea|Region|Fort|Post)$/, 'PLACE'],
  ],
};

/** Russian surnames and place names as German and English render them. */
const NAME_SHAPE = /(?:ow|ew|jew|ov|ev|off|in|yn|ski|skij|sky|skoj|skoy|itsch|ich|enko|uk)$/;

/** Capitalised words that start sentences or clauses and are never names. */
const FUNCTION_WORDS = new Set(
  'Am Als Auch Aber Bis Da Das Dem Den Der Des Die Diese Dieser Dies Doch Ein Eine Einer Er Es Für In Im Nach Nur So Sie Und Von Vor Mit Bei Zu Zum Zur The A An And In On At By Of For From With After Before During This That These Those It He She They His Her Their Then When Later Soon Thus However Meanwhile Also Dann Damals Später Bald Jedoch Inzwischen'.split(
    ' ',
  ),
);

/**
 * Runs of capitalised words (a name may span "Nikolai Murawjow"), hyphens and initials allowed: at
 * most six after the first, as no name is longer, and a run of thousands made every step after it
 * quadratic.
 */
const NAME_RUN = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*\p{L}(?:\s+(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]*\p{L}){0,6}/gu;

export function findNewEntities(
  text: string,
  covered: readonly { start: number; end: number }[],
  language: Language,
): NewEntityCandidate[] {
  const candidates: NewEntityCandidate[] = [];
  const coverage = new Coverage(text.length, covered);
  for (const found of text.matchAll(NAME_RUN)) {
    let name = found[0];
    let start = found.index;
    // A run that starts with a function word or a class word ("Die Brigg Baikal") starts after it;
    // the class word still tells the type.
    const leads = (word: string): boolean =>
      FUNCTION_WORDS.has(word) || Object.hasOwn(CUES_BEFORE[language], word.toLowerCase());
    while (leads(name.split(/\s+/)[0]!) && /\s/.test(name)) {
      const cut = name.search(/\s+\S/);
      const rest = name.slice(cut).trimStart();
      start += name.length - rest.length;
      name = rest;
    }
    if (leads(name)) continue;
    const end = start + name.length;
    if (coverage.overlaps({ start, end })) continue;
    const guess = guessType(text, start, end, name, language);
    if (guess) candidates.push({ name, start, end, ...guess });
  }
  return candidates.filter((candidate) => candidate.name.length >= 3);
}

function guessType(
  text: string,
  start: number,
  end: number,
  name: string,
  language: Language,
): { type: EntityType; confidence: number } | null {
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  const cueBefore = before && Object.hasOwn(CUES_BEFORE[language], before) ? CUES_BEFORE[language][before] : undefined;
  if (cueBefore) return { type: cueBefore, confidence: 0.7 };
  const parts = name.split(/[\s-]+/);
  const lastPart = parts.at(-1)!;
  for (const [pattern, type] of CUES_AFTER[language]) {
    if (parts.length > 1 && pattern.test(lastPart)) return { type, confidence: 0.65 };
  }
  const after = /^\s*-?([\p{L}]+)/u.exec(text.slice(end))?.[1];
  for (const [pattern, type] of CUES_AFTER[language]) {
    if (after && pattern.test(after)) return { type, confidence: 0.6 };
  }
  if (!name.includes('-') && parts.every((part) => NAME_SHAPE.test(part)) && parts.length <= 3) {
    return { type: 'PERSON', confidence: 0.35 };
  }
  return null;
}
