import { distance } from 'fastest-levenshtein';
import { nameKey, plainText, typedKeyWords } from '../domain/name-keys';
import type { EntityType } from '../domain/ontology';
import type { EntityRepository } from './entity.repository';
import type { EntityRecord } from './model';

/** For equally good matches: a bare place name means the place before what is named after it. */
const TYPE_PRIORITY: Record<EntityType, number> = {
  PLACE: 0,
  STATE: 1,
  PERSON: 2,
  ORGANIZATION: 3,
  TREATY: 4,
  EXPEDITION: 5,
  EVENT: 6,
  SHIP: 7,
};

function plain(text: string): string {
  return plainText(text).replace(/\s+/g, ' ').trim();
}

/** What matchScore compares of a typed name: worked out once, not once for each candidate. */
export interface TypedName {
  /** Without diacritics, in lower case, spaces collapsed. */
  plain: string;
  /** Its spelling key (see name-keys.ts), its key words, those words sorted, and the key without spaces. */
  key: string;
  words: string[];
  sorted: string;
  joined: string;
  /** Each key word folded but for its ending: what it starts with while it is being typed. */
  starts: string[];
  /** Whether the key holds Chinese characters. */
  han: boolean;
}

export function typedName(typed: string): TypedName {
  const typedWords = typedKeyWords(typed);
  const words = typedWords.map(({ word }) => word);
  const key = words.join(' ');
  return {
    plain: plain(typed),
    key,
    words,
    sorted: [...words].sort().join(' '),
    joined: key.replace(/ /g, ''),
    han: /\p{Script=Han}/u.test(key),
    starts: typedWords.map(({ start }) => start),
  };
}

/**
 * How well a typed name matches one entity, 0 to 100: an exact name, alias or label 100; the same
 * spelling key 90; the same key with its words joined otherwise 88 (pinyin: "Aihui tiaoyue" for
 * "Ai hui tiao yue"); the same key words in another order 85; all typed key words among the name's
 * 70 less 2 per extra word; each typed word, folded but for its ending, the start of one of the
 * name's 60 less 2 per extra word (a name as it is typed: "Murawj", "Nev"); Chinese characters
 * within a key 72 ("北京条约" in "中俄北京条约"); the first words of a key, joined, 66 less 2 per
 * word left ("Aihui"); a whole key within one edit (two from eight letters) 79 less 10 per edit:
 * "Nesselrod" means Nesselrode himself more likely than "Bericht Nesselrodes an den Kaiser", whose
 * words hold it.
 */
export function matchScore(typed: TypedName, entity: EntityRecord, nameKeys: readonly string[]): number {
  const names = [
    entity.name,
    ...(entity.germanName ? [entity.germanName] : []),
    ...entity.aliases,
    ...entity.labels.map((label) => label.text),
  ];
  if (names.some((name) => plain(name) === typed.plain)) return 100;
  const { key, joined, words, sorted, starts } = typed;
  if (key === '') return 0;
  const keys = nameKeys.length > 0 ? nameKeys : names.map(nameKey);
  if (keys.includes(key)) return 90;
  // Pinyin is written with syllables apart or joined: "Aihui tiaoyue", "Ai hui tiao yue", "Aihui".
  if (joined.length >= 4 && keys.some((candidate) => candidate.replace(/ /g, '') === joined)) return 88;
  const joinedPrefix = (candidate: string): number => {
    const words = candidate.split(' ');
    let prefix = '';
    for (let k = 0; k < words.length - 1; k += 1) {
      prefix += words[k];
      if (prefix === joined) return 66 - 2 * (words.length - k - 1);
    }
    return 0;
  };
  let best = 0;
  for (const candidate of keys) {
    const candidateWords = candidate.split(' ');
    // The same words in another order: sorted only when there are as many.
    if (candidateWords.length === words.length && [...candidateWords].sort().join(' ') === sorted) {
      best = Math.max(best, 85);
    } else if (words.every((word) => candidateWords.includes(word))) {
      best = Math.max(best, 70 - 2 * (candidateWords.length - words.length));
    } else if (starts.every((start) => candidateWords.some((candidateWord) => candidateWord.startsWith(start)))) {
      // A name as it is being typed: "Murawj" is Muravyov more likely than his monument.
      best = Math.max(best, 60 - 2 * (candidateWords.length - words.length));
    }
    if (joined.length >= 4) best = Math.max(best, joinedPrefix(candidate));
    // Chinese writes no spaces between words: "北京条约" is part of "中俄北京条约".
    if (typed.han && candidate.includes(key)) best = Math.max(best, 72);
    const allowed = key.length >= 8 ? 2 : 1;
    const edits = distance(key, candidate);
    if (edits <= allowed) best = Math.max(best, 79 - 10 * edits);
  }
  return best;
}

/**
 * A Lucene query of the typed name's key words, each exact, fuzzy or as a prefix. They hold letters
 * and digits only (name-keys.ts folds runs of them), so no Lucene syntax. From three letters a word
 * is also a prefix, as the explorer asks from the third letter typed ("Pek" for Peking): at a
 * million entities such a query took 6.6-7.7 ms, a four-letter one 5.9-8.2 ms (200 typed
 * prefixes, three rounds); shorter words are matched whole.
 */
export function keyQuery({ words, starts }: TypedName): string | null {
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      if (word.length < 3) return word;
      const asked = [word];
      if (word.length >= 4) asked.push(`${word}~${word.length >= 7 ? 2 : 1}`);
      asked.push(`${word}*`);
      // A word being typed may not have its ending yet: "Nev" is asked as "nev*", not only as "nov*".
      const start = starts[i]!;
      if (start !== word && start.length >= 3) asked.push(`${start}*`);
      return `(${asked.join(' OR ')})`;
    })
    .join(' OR ');
}

/** The entities a typed name most likely means, best first. */
export async function resolveName(entities: EntityRepository, typed: string, first: number): Promise<EntityRecord[]> {
  const name = typedName(typed);
  const query = keyQuery(name);
  if (query === null) return [];
  const candidates = await entities.resolveCandidates(query, 50);
  return candidates
    .map((candidate) => ({ ...candidate, match: matchScore(name, candidate.entity, candidate.nameKeys) }))
    .filter((candidate) => candidate.match > 0 || candidate.score > 0)
    .sort(
      (a, b) =>
        b.match - a.match ||
        TYPE_PRIORITY[a.entity.type] - TYPE_PRIORITY[b.entity.type] ||
        b.score - a.score ||
        a.entity.name.length - b.entity.name.length ||
        a.entity.id.localeCompare(b.entity.id),
    )
    .slice(0, first)
    .map((candidate) => candidate.entity);
}
