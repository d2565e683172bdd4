import { canonicalLanguageTag, labelFor } from '../../src/domain/label';
import { entityLabels } from '../../src/nlp/entity-labels';

describe('entity labels', () => {
  const labels = entityLabels('Nikolay Muravyov-Amursky', 'Nikolai Murawjow-Amurski', {
    ru: 'Николай Николаевич Муравьёв-Амурский',
    'zh-Hans': '穆拉维约夫',
  });

  it('keeps English and German from the names and derives Latin Russian, traditional characters and pinyin', () => {
    expect(labels).toEqual([
      { language: 'en', text: 'Nikolay Muravyov-Amursky', derived: false },
      { language: 'de', text: 'Nikolai Murawjow-Amurski', derived: false },
      { language: 'ru', text: 'Николай Николаевич Муравьёв-Амурский', derived: false },
      { language: 'zh-Hans', text: '穆拉维约夫', derived: false },
      { language: 'ru-Latn', text: 'Nikolai Nikolaevich Muravyov-Amurskii', derived: true },
      { language: 'zh-Hant', text: '穆拉維約夫', derived: true },
      { language: 'zh-Latn-pinyin', text: 'Mù lā wéi yuē fū', derived: true },
    ]);
  });

  it('gives German as the name where the text has no other', () => {
    expect(entityLabels('Aigun', null)).toEqual([
      { language: 'en', text: 'Aigun', derived: false },
      { language: 'de', text: 'Aigun', derived: false },
    ]);
  });

  it.each([
    ['ru', 'Николай Николаевич Муравьёв-Амурский'],
    ['RU', 'Николай Николаевич Муравьёв-Амурский'],
    ['ru-Latn', 'Nikolai Nikolaevich Muravyov-Amurskii'],
    ['zh', '穆拉维约夫'],
    ['zh-Hant', '穆拉維約夫'],
    ['de-AT', 'Nikolai Murawjow-Amurski'],
    ['ja', null],
  ])('answers %s with %j', (language, text) => {
    expect(labelFor(labels, language)?.text ?? null).toBe(text);
  });

  it.each([
    ['zh-hans', 'zh-Hans'],
    ['ru', 'ru'],
    ['zh-Latn-pinyin', 'zh-Latn-pinyin'],
    ['english', null],
    ['r', null],
    ['zh_Hans', null],
    ['', null],
  ])('reads the language tag %j as %j', (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });
});
