import { BRIEF_ENTITY_COLUMNS, ENTITY_COLUMNS, toEntityFromColumns } from '../../src/graph/model';

/** The columns of an entity as a statement projecting every column returns them, the rest absent. */
function allColumns(values: Partial<Record<(typeof ENTITY_COLUMNS)[number], unknown>>): unknown[] {
  return ENTITY_COLUMNS.map((column) => values[column] ?? null);
}

describe('an entity read from its columns', () => {
  it('is the same from the brief columns as from every column with only those set', () => {
    for (const germanName of ['Murawjow', null]) {
      const brief = ['muravyov', 'PERSON', 'Nikolay Muravyov', germanName];
      expect(brief).toHaveLength(BRIEF_ENTITY_COLUMNS.length);
      expect(toEntityFromColumns(brief)).toEqual(
        toEntityFromColumns(allColumns({ id: 'muravyov', type: 'PERSON', name: 'Nikolay Muravyov', germanName })),
      );
    }
  });

  it('reads the details when every column is there', () => {
    const entity = toEntityFromColumns(
      allColumns({
        id: 'aigun',
        type: 'PLACE',
        name: 'Aigun',
        aliases: ['Aihun'],
        labelLanguages: ['ru', 'zh'],
        labelTexts: ['Айгунь', '瑷珲'],
        derivedLabelLanguages: ['ru'],
      }),
    );
    expect(entity.aliases).toEqual(['Aihun']);
    expect(entity.labels).toEqual([
      { language: 'ru', text: 'Айгунь', derived: true },
      { language: 'zh', text: '瑷珲', derived: false },
    ]);
  });
});
