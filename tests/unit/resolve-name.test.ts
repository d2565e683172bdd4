import type { EntityType } from '../../src/domain/ontology';
import { nameKey } from '../../src/domain/name-keys';
import type { EntityRepository } from '../../src/graph/entity.repository';
import { toEntity, type EntityRecord } from '../../src/graph/model';
import { keyQuery, matchScore, resolveName, typedName } from '../../src/graph/resolve-name';

/** An entity as the graph stores it: a person unless told, with no more than its names. */
function entity(
  id: string,
  name: string,
  { type = 'PERSON', aliases = [] }: { type?: EntityType; aliases?: string[] } = {},
): EntityRecord {
  return toEntity({ id, type, name, aliases });
}

/** Scored as resolve scores a candidate: with the spelling keys stored for its names. */
function score(typed: string, candidate: EntityRecord): number {
  const names = [candidate.name, ...candidate.aliases, ...candidate.labels.map((label) => label.text)];
  return matchScore(typedName(typed), candidate, names.map(nameKey));
}

describe('matchScore', () => {
  it.each([
    ['an exact name, diacritics and case aside', 'murawjow', 'Murawjów', 100],
    ['the same spelling key', 'Muravyov', 'Murawjow', 90],
    ['the key with its syllables joined', 'Aihui tiaoyue', 'Ai hui tiao yue', 88],
    ['the key words in another order', 'Aigun Vertrag', 'Vertrag von Aigun', 85],
    ['Chinese characters within a key', '北京条约', '中俄北京条约', 72],
    ['a whole key one edit away', 'Nesselrod', 'Nesselrode', 69],
    ['a name as it is typed', 'Murawj', 'Muravyov', 60],
    ['a name as it is typed, with words to spare', 'Murawj', 'Monument to Muravyov-Amursky', 54],
    ['a name as it is typed, its ending not yet reached', 'Nev', 'Gennady Nevelskoy', 58],
    ['not a name whose key starts as the typed ending would fold', 'Nev', 'Novo-Mikhailovskoye', 0],
    ['nothing alike', 'Putjatin', 'Nesselrode', 0],
  ])('%s: %j against %j scores %d', (_, typed, name, expected) => {
    expect(score(typed, entity('e', name))).toBe(expected);
  });

  it('reads nothing of a typed name that has no key', () => {
    expect(typedName('--- ...')).toMatchObject({ key: '', words: [] });
    expect(score('--- ...', entity('n', 'Nesselrode'))).toBe(0);
  });
});

describe('keyQuery', () => {
  it.each([
    ['Pe', 'pe'],
    ['Pek', '(pek OR pek*)'],
    ['Nev', '(nov OR nov* OR nev*)'],
    ['Peki', '(peki OR peki~1 OR peki*)'],
    ['Murawjow', '(muraviov OR muraviov~2 OR muraviov*)'],
    ['Vertrag von Ai', '(vertrag OR vertrag~2 OR vertrag*) OR ai'],
  ])('asks for %j as %j', (typed, query) => {
    expect(keyQuery(typedName(typed))).toBe(query);
  });

  it('asks nothing for a name without letters or digits', () => {
    expect(keyQuery(typedName('--- ...'))).toBeNull();
  });
});

describe('resolveName', () => {
  /** A repository that hands over the full-text candidates, scored 1 each. */
  const candidates = (...entities: EntityRecord[]) =>
    ({
      resolveCandidates: () =>
        Promise.resolve(
          entities.map((candidate) => ({
            entity: candidate,
            nameKeys: [candidate.name, ...candidate.aliases].map(nameKey),
            score: 1,
          })),
        ),
    }) as unknown as EntityRepository;
  it('ranks by match, then a place before what is named after it', async () => {
    const found = await resolveName(
      candidates(
        entity('treaty-of-aigun', 'Vertrag von Aigun', { type: 'TREATY' }),
        entity('aigun-report', 'Bericht aus Aigun an den Kaiser', { type: 'TREATY' }),
        entity('aigun', 'Aigun', { type: 'PLACE' }),
      ),
      'Aigun',
      5,
    );
    expect(found.map((candidate) => candidate.id)).toEqual(['aigun', 'treaty-of-aigun', 'aigun-report']);
  });

  it('puts the entity whose name is being typed before those named after it', async () => {
    const found = await resolveName(
      candidates(
        entity('muravyov-monument', 'Monument to Muravyov-Amursky', { type: 'PLACE' }),
        entity('muravyov-letter-1854', "Muravyov's letter to Peking (1854)", { type: 'EVENT' }),
        entity('muravyov', 'Nikolay Muravyov-Amursky', { aliases: ['Muravyov'] }),
      ),
      'Murawj',
      5,
    );
    expect(found.map((candidate) => candidate.id)).toEqual(['muravyov', 'muravyov-monument', 'muravyov-letter-1854']);
  });

  it('keeps `first` of them', async () => {
    const found = await resolveName(candidates(entity('a', 'Aigun'), entity('b', 'Aigun Fluss')), 'Aigun', 1);
    expect(found.map((candidate) => candidate.id)).toEqual(['a']);
  });
});
