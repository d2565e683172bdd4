/**
 * An entity's names in every language and script the project serves: English (its canonical name),
 * German as the source text writes it, and those the curators give (Russian in Cyrillic, Chinese in
 * simplified characters, ...), with what libraries derive from them:
 *   - ru-Latn: the Russian name in Latin letters (cyrillic-to-translit-js), for people who type
 *     "Muravev" for "Муравьёв";
 *   - zh-Hant: the Chinese name in traditional characters (opencc-js, OpenCC's tables);
 *   - zh-Latn-pinyin: its pinyin with tone marks (pinyin-pro), a syllable per character.
 * Language tags are BCP 47 (RFC 5646), canonicalised.
 */
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import { pinyin } from 'pinyin-pro';
import type { Label } from '../domain/label';

/**
 * opencc-js is an ECMAScript module package with a CommonJS build, which TypeScript's Node16
 * resolution does not let a CommonJS file import; its simplified-to-traditional build is
 * required directly, typed by hand.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/cn2t') as {
  Converter(options: { from: 'cn'; to: 'tw' | 'hk' | 't' }): (text: string) => string;
};

const russianToLatin = CyrillicToTranslit({ preset: 'ru' });
/** Built on first use: OpenCC's tables take about 0.3 s, which a start-up with a current graph need not spend. */
let simplifiedToTraditionalConverter: ((text: string) => string) | undefined;
function simplifiedToTraditional(text: string): string {
  simplifiedToTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return simplifiedToTraditionalConverter(text);
}

/** Pinyin with tone marks, a syllable per character, capitalised: "Ài huī tiáo yuē". */
function pinyinOf(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'symbol', type: 'array', nonZh: 'consecutive' }).filter(Boolean);
  const text = syllables.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The labels of an entity: English and German from its names, the given ones, and the derived ones. */
export function entityLabels(
  name: string,
  germanName: string | null,
  given: Readonly<Record<string, string>> = {},
): Label[] {
  const labels: Label[] = [
    { language: 'en', text: name, derived: false },
    { language: 'de', text: germanName ?? name, derived: false },
  ];
  for (const [language, text] of Object.entries(given)) {
    if (language === 'en' || language === 'de') continue;
    labels.push({ language, text, derived: false });
  }
  const has = (language: string): boolean => labels.some((label) => label.language === language);
  const russian = given.ru;
  if (russian && !has('ru-Latn'))
    labels.push({ language: 'ru-Latn', text: russianToLatin.transform(russian), derived: true });
  const chinese = given['zh-Hans'];
  if (chinese) {
    if (!has('zh-Hant')) labels.push({ language: 'zh-Hant', text: simplifiedToTraditional(chinese), derived: true });
    if (!has('zh-Latn-pinyin')) labels.push({ language: 'zh-Latn-pinyin', text: pinyinOf(chinese), derived: true });
  }
  return labels;
}
