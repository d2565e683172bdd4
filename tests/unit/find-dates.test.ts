import { dateOfRelation } from '../../src/extract/find-dates';

/** The date a relation whose cue stands at the word `cue` takes from the sentence. */
const dateAt = (sentence: string, cue: string, language: 'de' | 'en') =>
  dateOfRelation(sentence, { type: 'LED', at: sentence.indexOf(cue) }, language)?.iso ?? null;

describe('dateOfRelation', () => {
  it.each([
    ['From 1829 to 1835 Wrangel governed Russian America.', 'governed', 'en', '1829'],
    ['Between 1821 and 1823 he made four journeys.', 'made', 'en', '1821'],
    ['Kafarow leitete von 1850 bis 1858 die Mission.', 'leitete', 'de', '1850'],
    ['Vom Mai 1850 bis zum Juni 1851 leitete er die Mission.', 'leitete', 'de', '1850-05'],
    ['Die Mission bestand 1850-1858 in Peking.', 'bestand', 'de', '1850'],
  ])('dates "%s" from the start of its span', (sentence, cue, language, iso) => {
    expect(dateAt(sentence, cue, language as 'de' | 'en')).toBe(iso);
  });

  it('takes the nearest of two dates that are no span', () => {
    expect(dateAt('Er reiste 1850 nach Irkutsk und 1858 nach Peking.', 'nach Peking', 'de')).toBe('1858');
  });
});
