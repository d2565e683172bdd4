import { KnownEntityLinker, type KnownEntity } from '../../src/extract/link-known-entities';

const ENTITIES: KnownEntity[] = [
  { id: 'muravyov', type: 'PERSON', names: ['Nikolay Muravyov', 'Muravyov'], neighbours: ['amur', 'aigun-treaty'] },
  { id: 'nevelskoy', type: 'PERSON', names: ['Gennady Nevelskoy', 'Nevelskoy'] },
  { id: 'amur', type: 'PLACE', names: ['Amur'], neighbours: ['muravyov'] },
  { id: 'amur-region', type: 'PLACE', names: ['Amur-Region'] },
  { id: 'zeya', type: 'PLACE', names: ['Seja'] },
  { id: 'aigun-treaty', type: 'TREATY', names: ['Vertrag von Aigun'], neighbours: ['muravyov'] },
  // Two entities share the alias "Albazin": the fortress and the siege.
  { id: 'albazin', type: 'PLACE', names: ['Albazin'], neighbours: ['muravyov'] },
  { id: 'siege-of-albazin', type: 'EVENT', names: ['Belagerung von Albazin', 'Albazin'], neighbours: ['nevelskoy'] },
];

const link = (text: string) => new KnownEntityLinker(ENTITIES).link([{ index: 0, text }]);
const linked = (text: string) => link(text).mentions.map((m) => `${m.text}=${m.entityId}/${m.method}`);

describe('KnownEntityLinker', () => {
  it('finds names as written and with German inflection endings', () => {
    expect(linked('Die Fahrt auf dem Amur und der Vertrags von Aigun')).toEqual([
      'Amur=amur/name',
      'Vertrags von Aigun=aigun-treaty/name',
    ]);
  });

  it.each([
    ['Murawjow', 'muravyov'],
    ['Murawjews', 'muravyov'],
    ['Nikolai Murawjew', 'muravyov'],
    ['Gennadi Newelskoj', 'nevelskoy'],
    ['Newelskois', 'nevelskoy'],
  ])('finds the spelling %s of a known name', (spelling, id) => {
    expect(link(`Damals kam ${spelling} an.`).mentions).toEqual([
      expect.objectContaining({ entityId: id, text: spelling, method: 'spelling' }),
    ]);
  });

  it('takes no name for a known one whose spelling key only its folded letters share', () => {
    // "Qiying" folds to "qiiing", not to "qing" ("Qing" is the dynasty's name).
    const linker = new KnownEntityLinker([{ id: 'qing-china', type: 'STATE', names: ['Qing', 'Qing-Reich'] }]);
    expect(linker.link([{ index: 0, text: 'Qiying und Qing verhandelten.' }]).mentions.map((m) => m.text)).toEqual([
      'Qing',
    ]);
  });

  it('links a town by its name without its river, two names side by side, and no person from a place', () => {
    const linker = new KnownEntityLinker([
      { id: 'nikolaevsk', type: 'PLACE', names: ['Nikolajewsk am Amur'] },
      { id: 'russia', type: 'STATE', names: ['Russland'] },
      { id: 'japan', type: 'STATE', names: ['Japan'] },
      { id: 'berg', type: 'PERSON', names: ['Berg'] },
    ]);
    const texts = (text: string) => linker.link([{ index: 0, text }]).mentions.map((m) => `${m.text}=${m.entityId}`);
    expect(texts('Er ging nach Nikolajewsk.')).toEqual(['Nikolajewsk=nikolaevsk']);
    expect(texts('Damals verkaufte Russland Alaska.')).toEqual(['Russland=russia']);
    expect(texts('Ein Japaner kam mit.')).toEqual([]);
    expect(texts('Der Japaner Vertrag.')).toEqual(['Japaner=japan']);
    expect(texts('Sie sahen den Berg Elias.')).toEqual([]);
    expect(texts('Damals kam Berg nach Moskau.')).toEqual(['Berg=berg']);
  });

  it('takes no ruler for another of the same name and a different number', () => {
    const linker = new KnownEntityLinker([
      { id: 'alexander-ii', type: 'PERSON', names: ['Alexander II.', 'Alexander II'] },
    ]);
    expect(linker.link([{ index: 0, text: 'Im Jahr 1819 ernannte Alexander I. ihn.' }]).mentions).toEqual([]);
  });

  it('lets the longest match win', () => {
    expect(linked('Die Amur-Region war weit.')).toEqual(['Amur-Region=amur-region/name']);
  });

  it('does not take part of a hyphenated name for a known one', () => {
    expect(linked('an der Seja den Posten Ust-Seja')).toEqual(['Seja=zeya/name']);
  });

  it('settles an ambiguous name by the entities the document names without doubt', () => {
    expect(linked('Muravyov erreichte Albazin.')).toEqual(['Muravyov=muravyov/name', 'Albazin=albazin/name']);
    expect(linked('Nevelskoy erreichte Albazin.')).toEqual([
      'Nevelskoy=nevelskoy/name',
      'Albazin=siege-of-albazin/name',
    ]);
  });

  it('leaves a name unlinked and reports it when context cannot settle it', () => {
    const result = link('Albazin lag am Fluss.');
    expect(result.mentions.filter((m) => m.text === 'Albazin')).toEqual([]);
    expect(result.ambiguous).toEqual([
      { sentenceIndex: 0, start: 0, end: 7, text: 'Albazin', candidates: ['albazin', 'siege-of-albazin'] },
    ]);
  });
});
