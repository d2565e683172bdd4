/**
 * Link keys: how an ingest finds, in a graph of any size, the few known entities a text may name,
 * without reading every entity. Each entity stores the spelling keys (name-keys.ts) of the first
 * two words of each of its names ("Vertrag von Aigun" -> "vertrag_aigun"; a one-word name, its
 * word); a text asks the graph for the keys of its words and of each word with the next, every
 * word with and without each ending a name may take (name-inflection.ts). Every name the linker
 * (src/extract/link-known-entities.ts) can find in a text, as written or as a spelling, begins
 * with one of those pairs, so the entities found so are all it could link; the linker then decides
 * among them as it would among all. Two words, not one: "Nikolai" or "Vertrag" alone begin
 * thousands of names in a large graph, a pair of words rarely more than a few.
 */
import { NAME_ENDINGS } from './name-inflection';
import { nameKeyWords } from './name-keys';

/** How many of a name's key words its link key holds. */
const LINK_KEY_WORDS = 2;

/** What joins the words of a link key: not a space, so that the full-text index holds a key as one term. */
const JOIN = '_';

/**
 * A town named by its river is named without it too: "Nikolajewsk am Amur" is "Nikolajewsk",
 * "Nikolayevsk-on-Amur" is "Nikolayevsk". The town's word, or undefined.
 */
export function townOfRiverTownName(name: string): string | undefined {
  return /^(\p{Lu}[\p{L}]{3,})(?:\s+(?:am|an der|an dem)\s+|-on-|\s+on\s+(?:the\s+)?)\p{Lu}/u.exec(name)?.[1];
}

/** The link keys of an entity's names (its name, German name and aliases), distinct. */
export function nameLinkKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = nameKeyWords(name);
    if (words.length > 0) keys.add(words.slice(0, LINK_KEY_WORDS).join(JOIN));
    const town = townOfRiverTownName(name);
    if (town) keys.add(nameKeyWords(town).join(JOIN));
  }
  keys.delete('');
  return [...keys].sort();
}

/** The link keys as the one text the full-text index `entity_link_keys` reads (whitespace between keys). */
export function linkKeyText(names: readonly string[]): string {
  return nameLinkKeys(names).join(' ');
}

const ENDINGS = [...new Set([...NAME_ENDINGS.de, ...NAME_ENDINGS.en])];

/**
 * A word's keys as a text may write it: as it is, and without each ending it may have taken; and
 * whether it may be a function word that keys skip ("von", or "vons" if it were "von" declined).
 */
function wordKeys(word: string): { keys: string[]; skippable: boolean } {
  const keys = new Set<string>();
  let skippable = false;
  for (const form of [
    word,
    ...ENDINGS.filter((e) => word.length > e.length && word.toLowerCase().endsWith(e)).map((e) =>
      word.slice(0, -e.length),
    ),
  ]) {
    const [key] = nameKeyWords(form);
    if (key) keys.add(key);
    else skippable = true;
  }
  return { keys: [...keys], skippable };
}

/**
 * What may stand between two words of one name: spaces, hyphens, dots, apostrophes ("St.
 * Petersburg", "Muravyov-Amursky"), nothing that ends a clause.
 */
const WITHIN_NAME = /^[\s.\-'’‐‑]{1,4}$/u;

/**
 * The link keys a text may match: every word's, and every word's with the next word's (function
 * words such as "von" between them skipped, as the keys skip them): 9,342 for the corpus
 * repeated to 1 MB, in half a second (measured); each distinct word is folded once.
 */
export function textLinkKeys(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  const keysOfWord = new Map<string, ReturnType<typeof wordKeys>>();
  const words: (ReturnType<typeof wordKeys> & { start: number; end: number })[] = [];
  for (const found of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    let keys = keysOfWord.get(found[0]);
    if (!keys) {
      keys = wordKeys(found[0]);
      keysOfWord.set(found[0], keys);
    }
    words.push({ ...keys, start: found.index, end: found.index + found[0].length });
  }
  const result = new Set<string>();
  for (let first = 0; first < words.length; first += 1) {
    const opening = words[first]!;
    for (const key of opening.keys) result.add(key);
    if (opening.keys.length === 0) continue;
    // The next words, across function words, as long as the words run as a name's do.
    for (let next = first + 1; next < words.length; next += 1) {
      const word = words[next]!;
      if (!WITHIN_NAME.test(plain.slice(words[next - 1]!.end, word.start))) break;
      for (const key of opening.keys) for (const second of word.keys) result.add(`${key}${JOIN}${second}`);
      if (!word.skippable) break;
    }
  }
  return result;
}
