/**
 * Spelling keys: what is left of a name once the ways people spell it apart are folded away, so
 * that "Murawjow", "Muravyov" and "Muraviev" meet. Used for `resolve`, on the names when the graph
 * is loaded and on what a user types.
 *
 * Folded: case; diacritics and ß; tsch/sch -> ch/sh; kh and a leading ch -> h; w -> v; j, y -> i;
 * final -ow/-ew/-ev/-off -> -ov; -sky/-ski/-skiy/-skii/-skoy/-skoi/-skaya -> -ski; doubled letters;
 * the genitive endings -s and -es of words longer than five letters. Doubled letters fold, but an i
 * made of j or y stays beside another i ("Qiying" is not "Qing"). Words are the runs of letters
 * and digits; a few function words (von, der, of, the, ...) are dropped.
 */

const STOPWORDS = new Set([
  'von',
  'vom',
  'der',
  'des',
  'die',
  'das',
  'dem',
  'den',
  'am',
  'an',
  'of',
  'the',
  'de',
  'du',
  'zu',
  'zum',
  'zur',
]);

/** A word folded into a key word; `whole` false leaves its ending as it is (see typedKeyWords). */
function foldWord(word: string, whole = true): string {
  // A ruler's number is no spelling: "Alexander I" is not "Alexander II".
  if (/^[ivx]+$/.test(word)) return word;
  let w = word;
  w = w.replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/kh/g, 'h').replace(/zh/g, 'j').replace(/^ch/, 'h');
  // Doubled letters fold before j and y become i: "Qiying" is not "Qing".
  w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/w/g, 'v').replace(/[jy]/g, 'i');
  if (whole) {
    w = w.replace(/(sk(?:i|ii|oi|aia|aa))$/, 'ski');
    w = w.replace(/(ov|ev|off|ief|ieff)$/, 'ov');
    if (w.length > 5) w = w.replace(/(?:es|s)$/, '');
  }
  w = w.replace(/([^i])\1+/g, '$1');
  return w;
}

/** A text in lower case, without diacritics, ß as ss: "Aihun" for "Aihün", "strasse" for "Straße". */
export function plainText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** A name's words, lower case, without diacritics or function words. */
function plainWords(name: string): string[] {
  return (plainText(name).match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOPWORDS.has(word));
}

/** The words of a name's spelling key, in order: "Vertrag von Aigun" -> ["vertrag", "aigun"]. */
export function nameKeyWords(name: string): string[] {
  return plainWords(name)
    .map((word) => foldWord(word))
    .filter(Boolean);
}

/**
 * The key words of a name as it is being typed, each with `start`: the word folded but for its
 * ending, the start of the key word it may become. A word being typed has not reached its ending:
 * "Nev" is the start of Nevelskoy ("nevelski"), not a name in -ev, whose key would be "nov".
 */
export function typedKeyWords(name: string): { word: string; start: string }[] {
  return plainWords(name)
    .map((word) => ({ word: foldWord(word), start: foldWord(word, false) }))
    .filter(({ word }) => word !== '');
}

/** The spelling key of a name: its key words joined by spaces. */
export function nameKey(name: string): string {
  return nameKeyWords(name).join(' ');
}
