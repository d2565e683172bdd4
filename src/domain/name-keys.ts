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

function foldWord(word: string): string {
  // A ruler's number is no spelling: "Alexander I" is not "Alexander II".
  if (/^[ivx]+$/.test(word)) return word;
  let w = word;
  w = w.replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/kh/g, 'h').replace(/zh/g, 'j').replace(/^ch/, 'h');
  // Doubled letters fold before j and y become i: "Qiying" is not "Qing".
  w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/w/g, 'v').replace(/[jy]/g, 'i');
  w = w.replace(/(sk(?:i|ii|oi|aia|aa))$/, 'ski');
  w = w.replace(/(ov|ev|off|ief|ieff)$/, 'ov');
  if (w.length > 5) w = w.replace(/(?:es|s)$/, '');
  w = w.replace(/([^i])\1+/g, '$1');
  return w;
}

/** The words of a name's spelling key, in order: "Vertrag von Aigun" -> ["vertrag", "aigun"]. */
export function nameKeyWords(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !STOPWORDS.has(word))
    .map(foldWord)
    .filter(Boolean);
}

/** The spelling key of a name: its key words joined by spaces. */
export function nameKey(name: string): string {
  return nameKeyWords(name).join(' ');
}
