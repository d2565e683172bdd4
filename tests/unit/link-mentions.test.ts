import { NameMatcher } from '../../src/nlp/link-mentions';

const matcher = new NameMatcher([
  { id: 'amur', names: ['Amur', 'Amur-Fluss'] },
  { id: 'amur-region', names: ['Amur-Region'] },
  { id: 'putyatin', names: ['Putjatin'] },
  { id: 'nerchinsk', names: ['Vertrag von Nerchinsk'] },
  { id: 'nicholas-i', names: ['Nikolaus I.'] },
  { id: 'berg', names: ['Berg'] },
]);

function linked(text: string): [string, string][] {
  return matcher.match(text).map((match) => [match.entityId, match.text]);
}

describe('NameMatcher', () => {
  it('matches German inflection endings', () => {
    expect(linked('unter Putjatins Kommando im Becken des Amur-Flusses')).toEqual([
      ['putyatin', 'Putjatins'],
      ['amur', 'Amur-Flusses'],
    ]);
  });

  it('inflects every word of a longer name', () => {
    expect(linked('die strenge Einhaltung des Vertrags von Nerchinsk')).toEqual([
      ['nerchinsk', 'Vertrags von Nerchinsk'],
    ]);
  });

  it('lets the longest match win', () => {
    expect(linked('das Zentrum der russischen Amur-Region')).toEqual([['amur-region', 'Amur-Region']]);
  });

  it('matches names that end in a dot', () => {
    expect(linked('dem Kaiser Nikolaus I. gemeldet')).toEqual([['nicholas-i', 'Nikolaus I.']]);
  });

  it('does not match inside other words or after a hyphen', () => {
    expect(linked('in den Sayan-Bergen und am Bergkamm, amurisch')).toEqual([]);
  });

  it('finds each name among many that share their first letters and first words', () => {
    // Names are looked up by their longest word: a shared first name or prefix costs nothing.
    const crowd = new NameMatcher([
      ...Array.from({ length: 5_000 }, (_, i) => ({ id: `p${i}`, names: [`Ivan Karabow${i.toString(36)}`] })),
      { id: 'wanted', names: ['Ivan Karabowitsch'] },
      { id: 'fort', names: ['Fort Ross'] },
    ]);
    expect(
      crowd.match('Ivan Karabowitschs Brief und Ivan Karabowzz kamen nach Fort Ross.').map((m) => [m.entityId, m.text]),
    ).toEqual([
      ['wanted', 'Ivan Karabowitschs'],
      ['p1295', 'Ivan Karabowzz'],
      ['fort', 'Fort Ross'],
    ]);
  });

  it('gives offsets into the text', () => {
    const [match] = matcher.match('Am Amur.');
    expect(match).toMatchObject({ start: 3, end: 7 });
  });
});
