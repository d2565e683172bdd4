/**
 * Stage 4 of the extraction pipeline: relations a sentence states between the entities it names.
 *   - Cue words (relation-cues.ts): within the cue's clause, the source is a passive agent ("von
 *     X", "by X") if there is one, else the leftmost entity before the cue, else the nearest after
 *     it, of a type the ontology allows; the target is the nearest allowed entity that is not the
 *     source. Names coordinated with either ("von Putjatin und Hua Shan") join them.
 *   - Word order patterns with no verb: an event "in" a place took place there; a place "am" or
 *     "in" a place lies there; a state or body "im" war took part in it.
 * Confidence is the cue's, falling with the distance from the cue.
 */
import { allowsRelation, RELATION_TYPES, type EntityType, type RelationType } from '../domain/ontology';
import { words, type Language, type Word } from '../nlp/words';
import { RELATION_CUES, type RelationCue } from './relation-cues';

/** An entity named in the sentence: known (with an id) or newly proposed (name only). */
export interface NamedInSentence {
  entityId: string | null;
  name: string;
  type: EntityType;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

export interface RelationCandidate {
  type: RelationType;
  source: NamedInSentence;
  target: NamedInSentence;
  confidence: number;
  /** The cue word or pattern as written. */
  cue: string;
  /** Where the cue stands in the sentence: the date nearest to it is the relation's. */
  at: number;
  /** The rule that proposed it, for the reviewer: 'verb "unterzeichneten": subject before it, object after'. */
  rule: string;
}

/** Short stems must match a whole stem; longer ones the start of one, or any part of a compound. */
function cueMatches(cueStem: string, stem: string): boolean {
  if (cueStem.length <= 4) return stem === cueStem;
  return cueStem.length >= 8 ? stem.includes(cueStem) : stem.startsWith(cueStem);
}

function findCues(
  text: string,
  named: readonly NamedInSentence[],
  language: Language,
): { cue: RelationCue; word: Word }[] {
  const found: { cue: RelationCue; word: Word }[] = [];
  const all = words(text, language);
  all.forEach((word, i) => {
    if (named.some((entity) => word.start < entity.end && word.end > entity.start)) return;
    for (const cue of RELATION_CUES[language]) {
      if (!cue.stems.some((stem) => cueMatches(stem, word.stem))) continue;
      if (cue.notWords?.includes(word.text.toLowerCase())) continue;
      if (cue.particle !== undefined) {
        const clause = clauseAround(text, word.start, named);
        const rest = all.slice(i + 1).filter((w) => w.end <= clause.end);
        if (!rest.some((w) => w.text.toLowerCase() === cue.particle)) continue;
      }
      found.push({ cue, word });
    }
  });
  return found;
}

function distance(entity: NamedInSentence, at: { start: number; end: number }): number {
  return entity.end <= at.start ? at.start - entity.end : entity.start >= at.end ? entity.start - at.end : 0;
}

const ARTICLE = '(?:(?:der|die|das|den|dem|des|the)\\s+)?';
/**
 * Between listed names: a comma or conjunction, then at most three articles, prepositions or
 * class words ("und in die", ", das Dorf", "und an die Küste des").
 */
const COORDINATION =
  /^-?\s*(?:,|und|sowie|and|or|oder|,\s*and)(?:\s+(?:der|die|das|den|dem|des|ein|eine|in|im|auf|an|am|zu|zum|zur|nach|bis|the|a|to|into|on|at|of|Dorf|Stadt|Küste|Festung|Posten|Halbinsel|Insel|Fluss|village|city|town|coast|fort|post|island|river)){0,3}\s*$/u;
const AGENT_BEFORE = new RegExp(`(?:^|\\s)(?:von|durch|by)\\s+${ARTICLE}$`, 'i');
/** "A und B gingen in den Besitz der Qing-Dynastie über": the owner annexed them. */
const NEW_OWNER_BEFORE: Record<Language, RegExp> = {
  de: /in den Besitz\s+(?:der|des)\s+$/,
  en: /(?:into the possession of|passed to)\s+(?:the\s+)?$/,
};
/** What something was done with is not what was done to: "unterstützte sie mit Booten und Kosaken". */
const WITH_BEFORE =
  /(?:^|\s)(?:mit|with)\s+(?:(?:der|die|das|den|dem|des|einem|einer|the|a|an)\s+)?(?:[\p{L}]+\s+(?:und|and)\s+)?$/iu;

/** Where a journey started or passed: "aus Peking", "über die Mongolei", "from Peking". */
const FROM_BEFORE =
  /(?:^|\s)(?:aus|über|von|durch|from|via|through|across)\s+(?:(?:der|die|das|den|dem|des|the)\s+)?$/i;
/** Where something lies beside, not in: "nördlich von San Francisco", "north of the Amur". */
const BESIDE_BEFORE =
  /(?:^|\s)(?:(?:nördlich|südlich|östlich|westlich|oberhalb|unterhalb)\s+(?:von|des|der)|(?:north|south|east|west)\s+of)\s+(?:(?:der|die|das|den|dem|des|the)\s+)?$/i;
/** A ship someone travels on: "an Bord der Nadeschda", "mit der Juno", "aboard the Diana". */
const CONVEYANCE_BEFORE =
  /(?:^|\s)(?:an Bord (?:der|des)|(?:mit|auf) (?:der|dem)|aboard(?: the)?|on board(?: the)?|in the|on the)\s+(?:(?:Brigg|Korvette|Fregatte|Schaluppe|Schoner|brig|corvette|frigate|sloop|schooner)\s+)?$/i;
/** A companion travels too: "reiste mit Kodayu nach Sankt Petersburg". */
const COMPANION_BEFORE = /(?:^|\s)(?:mit|with)\s+$/i;
const RECIPIENT_BEFORE = new RegExp(
  `(?:^|\\s)(?:an|to|nach|in das|in den|zum|zur|into)\\s+${ARTICLE}(?:(?:Halbinsel|Insel|Stadt|Festung|Bucht|Mündung|Küste|Hafen|Posten|island|town|port|fort|mouth|coast)\\s+)?$`,
  'i',
);
const LOCATIVE_BEFORE = new RegExp(
  `(?:^|\\s)(?:am|im|an|in|auf|bei|entlang|at|on|along)\\s+${ARTICLE}(?:[\\p{Ll}]+\\s+)?(?:(?:Küste|Ufer|Mündung|Fuß|coast|shore|mouth|foot)\\s+(?:des|der|of)\\s+${ARTICLE})?$`,
  'iu',
);
/** Whether a locative preposition stands before the entity: where something is, not what. */
function isLocative(text: string, entity: { start: number }): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, entity.start - 24), entity.start));
}

/** Clause ends: semicolons, colons, brackets, dashes, and commas before a subordinate clause. */
/** Words of fighting: the states and bodies a clause names with them took part in its war or siege. */
const FIGHTING: Record<Language, RegExp> = {
  de: /(?:krieg|belager|aufstand|niederlag|besiegt|erobert|widerstand|kampf|kämpf|schlacht|sturm|stürm|waffenstillstand)/i,
  en: /(?:war\b|siege|rebellion|defeat|conquer|resist|fight|fought|battle|storm|armistice)/i,
};

const CLAUSE_BREAK =
  /[;:()–]|\s-\s|\.\s+(?=[\p{Lu}\d])|,\s+(?=\p{Ll}|(?:Der|Die|Das|der|die|das|dem|den|deren|dessen|ein|eine|einer|wo|was|um|da|weil|nachdem|als|wie|obwohl|which|who|whom|where|that|while|because)\s)/gu;

/** The entity and those coordinated with it, of the same type: "A und B", "A, B and C". */
function withCoordinated(
  text: string,
  first: NamedInSentence,
  pool: readonly NamedInSentence[],
  fits: (other: NamedInSentence) => boolean = (other) => other.type === first.type,
): NamedInSentence[] {
  const group = [first];
  const ordered = [...pool].sort((a, b) => a.start - b.start);
  for (const step of [1, -1] as const) {
    let current = first;
    for (;;) {
      const next = ordered
        .filter((other) => fits(other) && !group.includes(other))
        .find((other) =>
          step === 1
            ? other.start >= current.end && COORDINATION.test(text.slice(current.end, other.start))
            : other.end <= current.start && COORDINATION.test(text.slice(other.end, current.start)),
        );
      if (!next) break;
      group.push(next);
      current = next;
    }
  }
  return group;
}

/**
 * The clause around a position: between the nearest commas, semicolons, brackets or dashes that
 * stand outside the names (the dot of "St. Petersburg" ends no clause).
 */
function clauseAround(
  text: string,
  at: number,
  names: readonly { start: number; end: number }[],
): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    if (names.some((name) => found.index >= name.start && found.index < name.end)) continue;
    if (found.index < at) start = found.index + found[0].length;
    else {
      end = found.index;
      break;
    }
  }
  return { start, end };
}

function sameThing(a: NamedInSentence, b: NamedInSentence): boolean {
  return a.entityId !== null ? a.entityId === b.entityId : b.entityId === null && a.name === b.name;
}

function sentThere(text: string, inClause: readonly NamedInSentence[], word: Word, out: Candidates): void {
  const travellers = RELATION_TYPES.TRAVELLED_TO.sources as readonly EntityType[];
  const destination = inClause.find(
    (e) =>
      (e.type === 'PLACE' || e.type === 'STATE') &&
      RECIPIENT_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)),
  );
  const traveller = inClause.find((e) => travellers.includes(e.type) && e.start < (destination?.start ?? 0));
  if (destination && traveller) {
    out.add('TRAVELLED_TO', traveller, destination, 0.45, word, `passive "${word.text}": what was sent went there`);
  }
}

function settledThere(text: string, inClause: readonly NamedInSentence[], word: Word, out: Candidates): void {
  const settlers = RELATION_TYPES.SETTLED.sources as readonly EntityType[];
  const settler = inClause.find((e) => settlers.includes(e.type) && e.end <= word.start);
  const place = inClause
    .filter((e) => e.type === 'PLACE' && e.start > (settler?.end ?? Infinity))
    .find((e) => isLocative(text, e));
  if (settler && place) {
    out.add('SETTLED', settler, place, 0.5, word, `passive "${word.text}": who was settled somewhere settled there`);
  }
}

/** What was founded lies where a locative among `places` says: "gegründet an der X", "founded at X". */
function foundedAt(
  text: string,
  founded: NamedInSentence,
  places: readonly NamedInSentence[],
  word: Word,
  out: Candidates,
  rule: string,
): void {
  const place = places.find((e) => e !== founded && (e.type === 'PLACE' || e.type === 'STATE') && isLocative(text, e));
  if (place) out.add('LOCATED_IN', founded, place, 0.5, word, rule);
}

function foundedThere(text: string, inClause: readonly NamedInSentence[], word: Word, out: Candidates): void {
  const founded = inClause.find((e) => e.type === 'PLACE' && e.end <= word.start);
  const after = inClause.filter((e) => e.start >= word.end);
  if (founded)
    foundedAt(text, founded, after, word, out, `passive "${word.text}": what was founded somewhere lies there`);
}

const SCALE = 80; // characters over which confidence halves

class Candidates {
  readonly found = new Map<string, RelationCandidate>();

  add(
    type: RelationType,
    source: NamedInSentence,
    target: NamedInSentence,
    confidence: number,
    cue: { text: string; start: number },
    rule: string,
  ): void {
    if (sameThing(source, target) || !allowsRelation(type, source.type, target.type)) return;
    const key = `${type}|${source.entityId ?? source.name}|${target.entityId ?? target.name}`;
    const known = this.found.get(key);
    const rounded = Math.round(confidence * 100) / 100;
    if (!known || known.confidence < rounded) {
      this.found.set(key, { type, source, target, confidence: rounded, cue: cue.text, at: cue.start, rule });
    }
  }
}

const PASSIVE = /(?:^|\s)(?:wurde|wurden|worden|was|were|been)\s/i;
/** Between an office and where it is held: "Gouverneur von Ostsibirien", "Governor-General of". */
const OFFICE_OF = /^(?:-\p{L}+)?\s+(?:(?:von|des|der|of)\s+(?:the\s+)?)?$/u;
/** An office someone is made or serves as: "ernannte X zum Gouverneur", "appointed X as governor". */
const OFFICE_GIVEN = /(?:^|\s)(?:zum|zur|als|as|to be)\s+$/i;
/**
 * The verb's object is a thing the text does not name, with a phrase after it: "opposed the sale
 * of Alaska to the United States", "to explore the Arctic coast east of the Kolyma". No name after
 * it is the object.
 */
const UNNAMED_OBJECT: Record<Language, RegExp> = {
  en: /^\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+){0,2}(\p{Ll}{3,})\s+(?:of|to|for|from|with|east|west|north|south)\s/u,
  // German names what a noun is of in its genitive ("umfasste die Länder der Kasaner" took them),
  // so only a place beside the object: "erkundete die Küste östlich der Lena".
  de: /^\s+(?:die|den|das|eine[nrms]?)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}{2,})\s+(?:östlich|westlich|nördlich|südlich|oberhalb|unterhalb|entlang)\s/u,
};
/** The object's noun that names what follows: "the fort of Vernoye" is Vernoye. */
const NAMING_NOUN =
  /^(?:fort|post|town|city|village|port|settlement|island|islands|river|bay|province|treaty|convention)$/;
/** "a survey of the Amur", "eine Vermessung des Amur": a name that only qualifies the object. */
const OF_A_NOUN: Record<Language, RegExp> = {
  en: /(?:^|\s)(?:a|an|the|its|his|their)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+of\s+(?:the\s+)?$/u,
  de: /(?:^|\s)(?:eine[nrms]?|ein|die|den|das|der|dem|seine[nrms]?|ihre[nrms]?)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)\s+(?:des|der)\s+$/u,
};
/** Whether the text between a verb and a name makes the name no object: an unnamed object stands first. */
function objectIsUnnamed(gap: string, language: Language): boolean {
  return [OF_A_NOUN[language], UNNAMED_OBJECT[language]].some((pattern) => {
    const noun = pattern.exec(gap)?.[1];
    return noun !== undefined && !NAMING_NOUN.test(noun.toLowerCase());
  });
}

function fromCues(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  const cues = findCues(text, named, language);
  for (const { cue, word } of cues) {
    const clause = clauseAround(text, word.start, named);
    const inClause = named.filter((entity) => entity.start >= clause.start && entity.end <= clause.end);
    // "explored the coast and reached X": what follows the next verb of the clause is its object.
    const nextVerb = cues.find(
      (other) =>
        other.word.start > word.end &&
        other.word.start < clause.end &&
        other.cue.type !== 'HELD_OFFICE' &&
        /^\p{Ll}/u.test(other.word.text),
    )?.word.start;
    const targets = RELATION_TYPES[cue.type].targets as readonly EntityType[];
    const sources = RELATION_TYPES[cue.type].sources as readonly EntityType[];
    const pool = inClause.filter((e) => sources.includes(e.type)).length > 0 && inClause.length >= 2 ? inClause : named;
    const before = (e: NamedInSentence): string => text.slice(Math.max(0, e.start - 12), e.start);
    const isAgent = (e: NamedInSentence): boolean => AGENT_BEFORE.test(before(e));
    const isRecipient = (e: NamedInSentence): boolean =>
      RECIPIENT_BEFORE.test(text.slice(Math.max(0, e.start - 28), e.start));
    // "Soldaten unter Hauptmann X gründeten": who commands the actors is not the actor named.
    const isUnder = (e: NamedInSentence): boolean =>
      /(?:^|\s)(?:unter|under)\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, e.start - 24), e.start));
    const moving = cue.type === 'TRAVELLED_TO' || cue.type === 'SENT';
    // A ship someone travels on goes where they go, but is not who travels: "An Bord der Nadeschda reiste Resanow".
    const conveys = (e: NamedInSentence): boolean =>
      moving && e.type === 'SHIP' && CONVEYANCE_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start));
    // A German dative is no subject: "legte seine Entwürfe dem Sibirischen Komitee vor".
    const isDative = (e: NamedInSentence): boolean =>
      language === 'de' && /(?:^|\s)(?:dem|einem)\s+(?:\p{Ll}+\s+)?$/u.test(before(e));
    const possibleSources = pool.filter(
      (e) =>
        sources.includes(e.type) &&
        !isRecipient(e) &&
        !isDative(e) &&
        !isUnder(e) &&
        !conveys(e) &&
        !WITH_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start)),
    );
    // The agent of a passive stands in the cue's own clause.
    // A passive without its agent ("X wurde geschickt") does not say who acted.
    const passive = PASSIVE.test(text.slice(clause.start, Math.min(clause.end, word.end + 16)));
    // "von X" is an agent in a passive only ("am Weg von Jenisseisk" is where); "by X", "durch X" always.
    const agents = possibleSources.filter(
      (e) =>
        isAgent(e) &&
        (passive || /(?:^|\s)(?:by|durch)\s+(?:(?:the|der|die|das|den|dem|des)\s+)?$/i.test(before(e))) &&
        e.start >= clause.start &&
        e.end <= clause.end,
    );
    if (agents.length === 0 && passive && cue.type !== 'HELD_OFFICE') {
      // ... but what was sent somewhere went there: "die Brigg X wurde an die Amurmündung geschickt".
      if (cue.type === 'SENT') sentThere(text, inClause, word, out);
      // ... and who was settled somewhere settled there: "die Kosaken wurden in Peking angesiedelt".
      if (cue.type === 'SETTLED') settledThere(text, inClause, word, out);
      // ... and what was founded somewhere lies there: "the Novgorodsky post was founded at Possiet Bay".
      if (cue.type === 'FOUNDED') foundedThere(text, inClause, word, out);
      continue;
    }
    // What stands after a locative preposition is where it happened, seldom what it happened to,
    // unless the relation is about going or being somewhere.
    // Where something lies or settled is what a locative preposition names.
    const locating = cue.type === 'LOCATED_IN' || cue.type === 'SETTLED';
    // Going somewhere: "aus Peking nach Jehol", "über die Mongolei nach St. Petersburg".
    // Going somewhere: the destination after "nach", "to" first, a bare object next, where it came from last.
    const targetRank = (e: NamedInSentence): number =>
      moving
        ? FROM_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))
          ? 2
          : isRecipient(e)
            ? 0
            : 1
        : Number(isLocative(text, e) !== locating);
    // What was founded is never where it was founded: "ließ in Aigun eine Garnison anlegen".
    const foundedWhere = (e: NamedInSentence): boolean =>
      cue.type === 'FOUNDED' &&
      (isLocative(text, e) || BESIDE_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)));

    // Where a journey started is not where it went: "sailed from Kronstadt".
    const setOutFrom = (e: NamedInSentence): boolean =>
      moving &&
      /(?:^|\s)(?:aus|von|from)\s+(?:(?:der|die|das|den|dem|des|the)\s+)?$/i.test(
        text.slice(Math.max(0, e.start - 12), e.start),
      );
    // Who is made an office holder is the nearest name before it, the object of the appointing verb.
    const officeGiven =
      cue.type === 'HELD_OFFICE' && OFFICE_GIVEN.test(text.slice(Math.max(0, word.start - 8), word.start));
    const sourceOrder = [
      ...agents,
      ...possibleSources
        .filter((e) => e.end <= word.start)
        .sort(
          (a, b) =>
            // The cue's own clause first: "Die Briten forderten ..., doch Alexander lehnte ab".
            Number(b.start >= clause.start) - Number(a.start >= clause.start) ||
            (officeGiven ? b.start - a.start : a.start - b.start),
        ),
      ...possibleSources.filter((e) => e.start >= word.end).sort((a, b) => distance(a, word) - distance(b, word)),
    ];
    let reached: NamedInSentence[] = [];
    for (const source of sourceOrder) {
      const sourceGroup = withCoordinated(text, source, named, (other) => sources.includes(other.type));
      const open = pool
        .filter((e) => targets.includes(e.type) && !sourceGroup.some((s) => sameThing(s, e)) && !agents.includes(e))
        .filter((e) => allowsRelation(cue.type, source.type, e.type))
        .filter((e) => source.end > word.start || nextVerb === undefined || e.start < nextVerb)
        .filter(
          (e) =>
            !foundedWhere(e) && !setOutFrom(e) && !WITH_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start)),
        )
        // Where a place lies is what a locative names: "lag am Weg von Jenisseisk" lies on no Jenisseisk.
        .filter((e) => cue.type !== 'LOCATED_IN' || !/^(?:lieg|lag|befind)/.test(word.stem) || isLocative(text, e))
        // An event after "im", "during" is when, not what: "Im Krimkrieg schickte Großbritannien eine Flotte".
        .filter(
          (e) =>
            e.type !== 'EVENT' ||
            ['PARTICIPATED_IN', 'ENDED', 'LED'].includes(cue.type) ||
            !/(?:^|\s)(?:im|in|während|des|during|in\s+the)\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start)),
        )
        // What qualifies an unnamed object is not the object: "approved a survey of the Amur".
        .filter(
          (e) =>
            cue.type === 'HELD_OFFICE' ||
            moving ||
            locating ||
            e.start < word.end ||
            !objectIsUnnamed(text.slice(word.end, e.start), language),
        );
      // An office is held in what follows its title: "Gouverneur von Ostsibirien", "Vertreter Russlands".
      const target =
        cue.type === 'HELD_OFFICE'
          ? open.find((e) => e.start >= word.end && OFFICE_OF.test(text.slice(word.end, e.start)))
          : [...open].sort(
              (a, b) =>
                targetRank(a) - targetRank(b) ||
                // A subject before the verb has its object after it: "Newelskoj ... entdeckte die Meerenge".
                (source.end <= word.start ? Number(a.start < word.start) - Number(b.start < word.start) : 0) ||
                distance(a, word) - distance(b, word),
            )[0];
      // A subject before the verb that has no object here makes no relation: no other name is the subject then.
      if (!target && source.end <= word.start && !agents.includes(source)) break;
      if (!target) continue;
      // A subject after the verb stands before its object ("kehrte Atlassow nach Kamtschatka zurück");
      // after a noun ("Rückkehr nach X") or an office ("Gouverneur von X, Y") the name comes later.
      if (
        /^\p{Ll}/u.test(word.text) &&
        cue.type !== 'HELD_OFFICE' &&
        source.start >= word.end &&
        !agents.includes(source) &&
        target.start >= word.end &&
        target.start < source.start
      )
        continue;
      const allTargets = cue.type === 'BORDERS' ? open : withCoordinated(text, target, named);
      const rule =
        `${cue.particle ? `verb "${word.text} ... ${cue.particle}"` : `cue word "${word.text}"`}: ` +
        (agents.includes(source)
          ? 'the agent after "von"/"by", the nearest fitting name as object'
          : source.end <= word.start
            ? 'the name before it as subject, the nearest fitting name as object'
            : 'the nearest fitting names after it');
      for (const from of sourceGroup) {
        for (const to of allTargets) {
          const far = Math.max(distance(from, word), distance(to, word));
          out.add(cue.type, from, to, cue.confidence * (SCALE / (SCALE + far)), word, rule);
        }
      }
      reached = allTargets;
      break;
    }
    // Who led a voyage in a ship commanded it: "led a second voyage in the sloop Predpriyatie".
    if (cue.type === 'LED' || cue.type === 'COMMANDED') {
      const leader = possibleSources.find((e) => e.type === 'PERSON' && e.end <= word.start);
      const ship = inClause.find(
        (e) =>
          e.type === 'SHIP' &&
          e.start > word.end &&
          /(?:^|\s)(?:in|on|aboard|auf|an Bord)\s+(?:(?:the|der|dem|des)\s+)?(?:\p{Ll}+\s+)?$/u.test(
            text.slice(Math.max(0, e.start - 24), e.start),
          ),
      );
      if (leader && ship)
        out.add('COMMANDED', leader, ship, 0.5, word, `"${word.text}" in a ship: who led commanded it`);
    }
    // The ship went where its passengers went: "fuhr er mit der Juno nach Kalifornien".
    if (cue.type === 'TRAVELLED_TO') {
      const destination =
        reached[0] ??
        inClause.find((e) => (e.type === 'PLACE' || e.type === 'STATE') && e.start > word.start && isRecipient(e));
      // ... and so does a companion: "reiste mit Kodayu nach Sankt Petersburg".
      for (const companion of inClause.filter(
        (e) =>
          e.type === 'PERSON' &&
          reached.length > 0 &&
          COMPANION_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)),
      )) {
        if (destination)
          out.add('TRAVELLED_TO', companion, destination, 0.45, word, `a companion "${companion.name}" went too`);
      }
      for (const ship of inClause.filter(conveys)) {
        if (destination)
          out.add(
            'TRAVELLED_TO',
            ship,
            destination,
            0.45,
            word,
            `a ship "${ship.name}" travelled on goes where they go`,
          );
      }
    }
    // What was founded somewhere lies there: "gründete an der Awatscha-Bucht den Hafen Petropawlowsk".
    if (cue.type === 'FOUNDED') {
      for (const founded of reached.filter((e) => e.type === 'PLACE')) {
        foundedAt(text, founded, inClause, word, out, `"${word.text}" somewhere: what was founded lies there`);
      }
    }
  }
}

const PATTERNS: Record<Language, { before: EntityType[]; gap: RegExp; after: EntityType[]; type: RelationType }[]> = {
  de: [
    {
      before: ['EVENT', 'TREATY'],
      gap: /^\s+(?:vom\s+[\p{L}\d\s.]+\s+)?(?:in|im|bei|vor)\s+(?:der\s+|dem\s+)?$/u,
      after: ['PLACE'],
      type: 'TOOK_PLACE_IN',
    },
    {
      before: ['PLACE'],
      gap: /^\s+(?:(?:am|an der|an dem|im|in der|in|bei)\s+(?:(?:Mündung|Ufer|Küste|Zusammenfluss)\s+(?:des|der|von)\s+)?|(?:zur|zum)\s+(?:Mündung|Ufer|Küste|Zusammenfluss)\s+(?:des|der|von)\s+)$/,
      after: ['PLACE', 'STATE'],
      type: 'LOCATED_IN',
    },
    {
      before: ['STATE', 'ORGANIZATION'],
      gap: /^\s+(?:wurde\s+|war\s+)?(?:im|in dem|während des|am)\s+$/,
      after: ['EVENT'],
      type: 'PARTICIPATED_IN',
    },
  ],
  en: [
    { before: ['EVENT', 'TREATY'], gap: /^\s+(?:in|at|near)\s+(?:the\s+)?$/, after: ['PLACE'], type: 'TOOK_PLACE_IN' },
    {
      before: ['PLACE'],
      gap: /^\s*(?:on|in|at|near|,)\s+(?:the\s+)?(?:(?:mouth|estuary|bank|coast|shore|confluence)\s+of\s+(?:the\s+)?)?$/,
      after: ['PLACE', 'STATE'],
      type: 'LOCATED_IN',
    },
    {
      before: ['STATE', 'ORGANIZATION'],
      gap: /^\s+(?:was\s+)?(?:in|during)\s+(?:the\s+)?$/,
      after: ['EVENT'],
      type: 'PARTICIPATED_IN',
    },
  ],
};

/** "X, einer jungen Siedlung an der Mündung der Y" (a participle may end the clause first): X lies at Y. */
const APPOSITION_AT: Record<Language, RegExp> = {
  de: /^(?:\s+\p{Ll}+)?,\s+(?:eine[rnms]?|ein|die|der|das)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+\s+(?:am|an der|an dem|im|in der|in|bei)\s+(?:(?:oberen|unteren|mittleren)\s+)?(?:(?:Mündung|Ufer|Küste)\s+(?:des|der)\s+)?$/u,
  en: /^,\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,3}(?:on|in|at|near)\s+(?:the\s+)?(?:(?:upper|lower|middle)\s+)?(?:(?:mouth|estuary|bank|coast|shore)\s+of\s+(?:the\s+)?)?$/u,
};

/** "am linken Ufer des Amur die Stadt X": X lies at the place before it. */
const SETTLEMENT_AFTER_PLACE: Record<Language, RegExp> = {
  de: /^\s+(?:die|das|der|den)\s+(?:Siedlung(?:en)?|Stadt|Städte|Dorf|Dörfer|Festung|Posten|Ortschaft(?:en)?|Ostrog|Hafen|Fort)\s+$/,
  en: /^\s+(?:the\s+)?(?:settlements?|city|town|village|fort|post|ostrog|port)\s+(?:of\s+)?$/,
};

function fromPatterns(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  const ordered = [...named].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const left = ordered[i]!;
    const right = ordered[i + 1]!;
    const gap = text.slice(left.end, right.start);
    // "Shimoda, Hakodate and Nagasaki" is a list, not "Petropavlovsk, Kamchatka".
    const listed =
      /^\s*,\s*$/.test(gap) &&
      (/^\s*(?:,|and\b|or\b|und\b|oder\b)/.test(text.slice(right.end)) ||
        /(?:,|\band|\bund)\s*$/.test(text.slice(0, left.start)));
    for (const pattern of PATTERNS[language]) {
      if (
        !pattern.before.includes(left.type) ||
        !pattern.after.includes(right.type) ||
        !pattern.gap.test(gap) ||
        listed
      )
        continue;
      const targets = pattern.type === 'LOCATED_IN' ? withCoordinated(text, right, named) : [right];
      for (const source of withCoordinated(text, left, named)) {
        for (const target of targets) {
          out.add(
            pattern.type,
            source,
            target,
            0.5,
            { text: gap.trim(), start: left.end },
            `word order "${left.name}${gap}${right.name}"`,
          );
        }
      }
    }
    // "am linken Ufer des Amur die Stadt X", not "nahe Kjachta die Festung X".
    const leftAt = isLocative(text, left);
    if (left.type === 'PLACE' && right.type === 'PLACE' && leftAt && SETTLEMENT_AFTER_PLACE[language].test(gap)) {
      for (const settlement of withCoordinated(text, right, named)) {
        out.add(
          'LOCATED_IN',
          settlement,
          left,
          0.5,
          { text: gap.trim(), start: left.end },
          `word order "${left.name}${gap}${right.name}": a settlement at a place`,
        );
      }
    }
    if (
      left.type === 'PLACE' &&
      (right.type === 'PLACE' || right.type === 'STATE') &&
      APPOSITION_AT[language].test(gap)
    ) {
      out.add(
        'LOCATED_IN',
        left,
        right,
        0.5,
        { text: gap.trim(), start: left.end },
        `apposition "${left.name}${gap}${right.name}"`,
      );
    }
  }
}

function fromPossession(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  for (const owner of named) {
    if (owner.type !== 'STATE' || !NEW_OWNER_BEFORE[language].test(text.slice(0, owner.start))) continue;
    const clause = clauseAround(text, owner.start, named);
    for (const land of named) {
      if (land.end <= owner.start && land.start >= clause.start && (land.type === 'PLACE' || land.type === 'STATE')) {
        out.add(
          'ANNEXED',
          owner,
          land,
          0.6,
          { text: 'Besitz', start: owner.start },
          '"in den Besitz" of a state: it annexed what went to it',
        );
      }
    }
  }
}

/** "kam im Auftrag der Akademie", "on behalf of the Company": who sent the one who went. */
const ON_BEHALF: Record<Language, RegExp> = {
  de: /(?:^|\s)im\s+Auftrag\s+(?:der|des)\s+$/,
  en: /(?:^|\s)on\s+behalf\s+of\s+(?:the\s+)?$/,
};

function fromCommission(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  for (const sender of named) {
    if (sender.type !== 'ORGANIZATION' && sender.type !== 'STATE' && sender.type !== 'PERSON') continue;
    if (!ON_BEHALF[language].test(text.slice(Math.max(0, sender.start - 24), sender.start))) continue;
    const clause = clauseAround(text, sender.start, named);
    const envoy = named.find(
      (e) => e.type === 'PERSON' && e.end <= sender.start && e.start >= clause.start && !sameThing(e, sender),
    );
    if (envoy) {
      out.add(
        'SENT',
        sender,
        envoy,
        0.5,
        { text: 'Auftrag', start: sender.start },
        `"${language === 'de' ? 'im Auftrag' : 'on behalf of'}": who commissioned the one who went sent them`,
      );
    }
  }
}

/** "X mit der Hauptstadt Y", "X with its capital Y": Y lies in X. */
const CAPITAL_GAP: Record<Language, RegExp> = {
  de: /^\s+mit\s+(?:der|dem)\s+(?:Hauptstadt|Hauptort|Residenz|Verwaltungssitz)\s+$/,
  en: /^,?\s+(?:with\s+(?:its|the)\s+capital(?:\s+at)?|whose\s+capital\s+was)\s+$/,
};
/** "geteilt in A und B", "divided into A and B": the parts of what was divided. */
const DIVIDED: Record<Language, RegExp> = {
  de: /(?:geteilt|aufgeteilt|gegliedert|zerlegt)/,
  en: /(?:divided|split|partitioned)\s+into/,
};

/** "the Asiatic Department of the Foreign Ministry", "das Asiatische Departement des Außenministeriums". */
const BODY_OF: Record<Language, RegExp> = { de: /^\s+(?:des|der)\s+$/, en: /^\s+of\s+(?:the\s+)?$/ };
/**
 * A place that became or was something in another: "Vernoye became the centre of Russian power in
 * Semirechye", "war Ochotsk der wichtigste Hafen Russlands am Pazifik" (the verb before it in German).
 */
const COPULA_IN: Record<Language, { before: RegExp; gap: RegExp }> = {
  de: {
    before: /(?:^|\s)(?:war|ist|wurde|blieb)\s+$/,
    gap: /^\s+(?:(?:(?:war|ist|blieb)\s+)?(?:der|die|das|ein|eine)|wurde\s+zu[mr])\s+(?:\S+\s+){0,5}?(?:am|im|an der|in der|in)\s+$/,
  },
  en: {
    before: /(?:^|\s)(?:was|is|became|remained)\s+$/,
    gap: /^\s+(?:(?:\p{Ll}+\s+)?(?:was|is|became|remained)\s+)?(?:the|a|an)\s+(?:\S+\s+){0,5}?(?:in|at|on)\s+(?:the\s+)?$/u,
  },
};

function fromParts(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  const ordered = [...named].sort((a, b) => a.start - b.start);
  for (const left of ordered) {
    if (left.type !== 'PLACE') continue;
    const copulaBefore = COPULA_IN[language].before.test(text.slice(Math.max(0, left.start - 12), left.start));
    for (const right of ordered.filter((e) => e.start > left.end && (e.type === 'PLACE' || e.type === 'STATE'))) {
      const gap = text.slice(left.end, right.start);
      const copula = /(?:^|\s)(?:war|ist|wurde|blieb|was|is|became|remained)\s/.test(gap);
      if ((copula || copulaBefore) && COPULA_IN[language].gap.test(gap)) {
        out.add(
          'LOCATED_IN',
          left,
          right,
          0.45,
          { text: gap.trim(), start: left.end },
          `"${left.name}${gap}${right.name}": what it was lies there`,
        );
      }
    }
  }
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const [whole, part] = [ordered[i]!, ordered[i + 1]!];
    if (
      whole.type === 'ORGANIZATION' &&
      part.type === 'ORGANIZATION' &&
      BODY_OF[language].test(text.slice(whole.end, part.start))
    ) {
      out.add(
        'PART_OF',
        whole,
        part,
        0.5,
        { text: 'of', start: whole.end },
        `"${whole.name}" of "${part.name}": a body of a body`,
      );
    }
    if ((whole.type === 'PLACE' || whole.type === 'STATE') && part.type === 'PLACE') {
      if (CAPITAL_GAP[language].test(text.slice(whole.end, part.start))) {
        out.add(
          'LOCATED_IN',
          part,
          whole,
          0.5,
          { text: 'capital', start: whole.end },
          `"${whole.name}" with its capital "${part.name}"`,
        );
      }
    }
  }
  const division = DIVIDED[language].exec(text);
  if (!division) return;
  const clause = clauseAround(text, division.index, named);
  const inClause = ordered.filter((e) => e.start >= clause.start && e.end <= clause.end && e.type === 'PLACE');
  const whole = inClause[0];
  if (!whole) return;
  // The parts follow "in"/"into" after the whole, each the first name after the previous part's phrase.
  const parts = inClause
    .slice(1)
    .filter((e) => !/(?:Hauptstadt|Hauptort|capital)\s+$/.test(text.slice(Math.max(0, e.start - 16), e.start)));
  for (const part of parts) {
    out.add(
      'PART_OF',
      part,
      whole,
      0.5,
      { text: division[0], start: division.index },
      `"${division[0]}": the parts of "${whole.name}"`,
    );
  }
}

function fromFighting(text: string, named: readonly NamedInSentence[], language: Language, out: Candidates): void {
  for (const event of named.filter((e) => e.type === 'EVENT')) {
    const clause = clauseAround(text, event.start, named);
    const words = text.slice(clause.start, clause.end);
    if (!FIGHTING[language].test(words)) continue;
    for (const actor of named) {
      if (actor.type !== 'STATE' && actor.type !== 'ORGANIZATION') continue;
      if (actor.start < clause.start || actor.end > clause.end) continue;
      out.add(
        'PARTICIPATED_IN',
        actor,
        event,
        0.4,
        { text: 'fighting', start: event.start },
        'a state or body named with words of fighting took part in the war',
      );
    }
  }
}

export function findRelations(
  text: string,
  named: readonly NamedInSentence[],
  language: Language,
): RelationCandidate[] {
  const out = new Candidates();
  fromCues(text, named, language, out);
  fromPatterns(text, named, language, out);
  fromFighting(text, named, language, out);
  fromPossession(text, named, language, out);
  fromCommission(text, named, language, out);
  fromParts(text, named, language, out);
  return [...out.found.values()];
}
