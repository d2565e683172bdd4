import { extractDocument } from '../../src/extract/extract-document';
import { knownEntitiesOf } from '../../src/extract/evaluate-extraction';
import { findDates } from '../../src/extract/find-dates';
import { KnownEntityLinker } from '../../src/extract/link-known-entities';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';

// Sentences written for these tests, not taken from the corpus or the held-out texts.
const { graph } = buildCuratedGraph();
const known = knownEntitiesOf(graph);
const linker = new KnownEntityLinker(known);
const types = new Map(known.map((entity) => [entity.id, entity.type]));
const extract = (text: string, language: 'de' | 'en' = 'de') => extractDocument(text, language, linker, types);

describe('new names in a text the pipeline was not made from', () => {
  it('suggests a newly founded town introduced by an apposition', () => {
    const { entities } = extract(
      'Im Herbst 1858 kam Budogosski nach Chabarowka, einer jungen Siedlung am Ufer des Amur.',
    );
    expect(entities.map((e) => `${e.name}:${e.entityType}`)).toContain('Chabarowka:PLACE');
  });

  it('suggests a person by rank once, with his full name, wherever the text names him', () => {
    const { entities } = extract(
      'Der Kommandant Iwan Kusnezow hielt den Posten. Im Winter verließ Kusnezow den Posten.',
    );
    const person = entities.filter((e) => e.entityType === 'PERSON');
    expect(person.map((e) => e.name)).toEqual(['Iwan Kusnezow']);
    expect(person[0]!.occurrences.map((o) => o.sentenceIndex)).toEqual([0, 1]);
    expect(person[0]!.rule).toBe('title or class word "Kommandant" before it');
  });

  it('keeps a title of nobility in the name', () => {
    const { entities } = extract('Im Jahr 1860 verhandelte Baron Gros mit den Gesandten.');
    expect(entities.map((e) => e.name)).toContain('Baron Gros');
  });

  it('does not take a German common noun for a name', () => {
    const { entities } = extract('Nach dem Abzug zogen die Truppen in Richtung Festung.');
    expect(entities).toEqual([]);
  });

  it('does not read German endings into English: "Russian" is not Russia', () => {
    const { mentions } = extract('The Russian flag flew over the post.', 'en');
    expect(mentions).toEqual([]);
  });
});

describe('relations in a text the pipeline was not made from', () => {
  it('proposes none from a passive without its agent', () => {
    const { relations } = extract('In China wurde im Jahr 1860 der Posten Wladiwostok gegründet.');
    expect(relations.filter((r) => r.relationType === 'FOUNDED')).toEqual([]);
  });

  it('dates a relation by the date nearest its verb, with its precision and words', () => {
    const { relations } = extract('Nachdem er 1855 in Irkutsk war, reiste Murawjow im November 1860 nach Peking.');
    const travel = relations.find((r) => r.relationType === 'TRAVELLED_TO' && r.targetId === 'peking');
    expect(travel?.date).toEqual({ iso: '1860-11', precision: 'MONTH', text: 'November 1860' });
    expect(travel?.rule).toMatch(/^cue word "reiste"/);
  });

  it('dates relations stated in German and English with their precision', () => {
    expect(findDates('Am 2. Juni 1685 und 1686 sowie in den 1680er Jahren', 'de').map((d) => d.date)).toEqual([
      { iso: '1685-06-02', precision: 'DAY', text: '2. Juni 1685' },
      { iso: '1686', precision: 'YEAR', text: '1686' },
      { iso: '168', precision: 'DECADE', text: '1680er Jahren' },
    ]);
    expect(findDates('On 14 November 1860, not in May 1855 nor the 1850s.', 'en').map((d) => d.date.iso)).toEqual([
      '1860-11-14',
      '1855-05',
      '185',
    ]);
  });

  it('gives a state such as where a place lies no date', () => {
    const { relations } = extract('Im Jahr 1860 lag der Posten Wladiwostok am Japanischen Meer.');
    const located = relations.filter((r) => r.relationType === 'LOCATED_IN');
    expect(located.length).toBeGreaterThan(0);
    expect(located.map((r) => r.date)).toEqual(located.map(() => null));
  });
});
