import { findNewEntities } from '../../src/extract/find-new-entities';

const found = (text: string, language: 'de' | 'en' = 'de') =>
  findNewEntities(text, [], language).map((c) => `${c.name}:${c.type}`);

describe('findNewEntities', () => {
  it.each([
    ['Kapitän Wassili Sawoiko verteidigte die Stadt.', 'Wassili Sawoiko:PERSON'],
    ['Die Korvette Olivuza lag vor Anker.', 'Olivuza:SHIP'],
    ['Sie gründeten den Posten Ust-Seja.', 'Ust-Seja:PLACE'],
    ['Er fuhr auf dem Fluss Bureja weiter.', 'Bureja:PLACE'],
    ['Damals begann die Zeja-Expedition.', 'Zeja-Expedition:EXPEDITION'],
    ['Sie unterzeichneten den Vertrag Kuldscha.', 'Kuldscha:TREATY'],
    ['Then Captain Vasily Zavoyko held the port.', 'Vasily Zavoyko:PERSON'],
    ['They sailed on the brig Baikal.', 'Baikal:SHIP'],
  ])('proposes the name in "%s" with its type', (text, expected) => {
    expect(found(text, /^(Then|They)/.test(text) ? 'en' : 'de')).toEqual([expected]);
  });

  it('proposes a bare name only when it has the shape of a Russian surname', () => {
    expect(found('Der Bericht von Korsakow kam spät.')).toEqual(['Korsakow:PERSON']);
    expect(found('Der Bericht über die Verwaltung kam spät.')).toEqual([]);
  });

  it('leaves out names already linked to known entities', () => {
    expect(findNewEntities('Kapitän Sawoiko kam.', [{ start: 8, end: 15 }], 'de')).toEqual([]);
  });
});
