import { AnnotationError, formatProblem } from '../../src/ingest/annotation-problem';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import { annotationFixture } from '../helpers/annotation-fixture';

type Edit = Parameters<typeof annotationFixture>[0];

function problemsOf(edit: Edit): string[] {
  try {
    buildCuratedGraph(annotationFixture(edit));
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotationError);
    return (error as AnnotationError).problems.map((problem) =>
      formatProblem(problem).replace(/^.*?annotations\//, ''),
    );
  }
  throw new Error('expected the annotations to be refused');
}

describe('validating the annotations', () => {
  it('accepts the valid fixture and resolves its evidence to sentences', () => {
    const { graph } = buildCuratedGraph(annotationFixture());
    expect(graph.relations.map((relation) => relation.id)).toEqual([
      'muravyov--SIGNED--treaty-of-aigun',
      'treaty-of-aigun--TOOK_PLACE_IN--aigun',
    ]);
    expect(graph.relations[0]?.evidence[0]).toMatchObject({ documentId: 'fixture', sentenceIndexes: [1] });
    expect(graph.relations[0]?.start).toEqual({ iso: '1858-05-16', precision: 'DAY', text: 'Am 16. Mai 1858' });
  });

  it('names a label whose language is no BCP 47 tag, and one that repeats the name', () => {
    expect(
      problemsOf({
        entities: (yaml) =>
          yaml.replace(
            'description: Governor-general.',
            'description: Governor-general.\n    labels: { russian: Муравьёв, en: Muravyov }',
          ),
      }),
    ).toEqual([
      'entities.yaml: entity muravyov: label "russian" is not a BCP 47 language tag (such as ru, zh-Hans)',
      'entities.yaml: entity muravyov: label "en": the English name is `name`',
    ]);
  });

  it('names an unknown calendar, and a calendar without its source', () => {
    expect(
      problemsOf({
        relations: (yaml) =>
          yaml.replace("iso: '1858-05-16'", "iso: '1858-05-16', calendar: byzantine, calendarSource: a chronicle"),
      }),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/unknown calendar "byzantine" in date \(julian or gregorian\)$/)]),
    );
    expect(
      problemsOf({ relations: (yaml) => yaml.replace("iso: '1858-05-16'", "iso: '1858-05-16', calendar: julian") }),
    ).toEqual([expect.stringMatching(/date: a calendar needs its calendarSource \(where it is known from\)$/)]);
  });

  it('names an unknown entity id', () => {
    expect(problemsOf({ relations: (yaml) => yaml.replace('source: muravyov', 'source: muravjov') })).toEqual([
      'relations.yaml: relation #1 (SIGNED muravjov -> treaty-of-aigun): unknown entity id "muravjov" as source',
    ]);
  });

  it('names a relation type the ontology does not allow between the two types', () => {
    expect(problemsOf({ relations: (yaml) => yaml.replace('type: TOOK_PLACE_IN', 'type: SIGNED') })).toEqual([
      'relations.yaml: relation #2 (SIGNED treaty-of-aigun -> aigun): SIGNED is not allowed from TREATY (treaty-of-aigun) to PLACE (aigun)',
    ]);
  });

  it('names a quote the text does not contain', () => {
    expect(
      problemsOf({
        relations: (yaml) => yaml.replace('[Murawjow unterzeichnete ihn in Aigun]', '[Murawjow signed it]'),
      }),
    ).toEqual([
      'relations.yaml: relation #1 (SIGNED muravyov -> treaty-of-aigun): quote not found in the text: "Murawjow signed it"',
    ]);
  });

  it('names an ambiguous quote', () => {
    const problems = problemsOf({
      relations: (yaml) =>
        yaml.replace(
          'evidence: [Murawjow unterzeichnete ihn in Aigun]\n  - type',
          'evidence: [Der Vertrag wurde gelobt]\n  - type',
        ),
    });
    expect(problems).toEqual([
      'relations.yaml: relation #1 (SIGNED muravyov -> treaty-of-aigun): quote is ambiguous, found 2 times: "Der Vertrag wurde gelobt" (quote more words)',
    ]);
  });

  it('names duplicate ids', () => {
    const problems = problemsOf({
      entities: (yaml) =>
        `${yaml}  - id: aigun\n    type: PLACE\n    name: Aigun again\n    aliases: []\n    description: Again.\n`,
      relations: (yaml) =>
        yaml.replace(
          'type: TOOK_PLACE_IN\n    source: treaty-of-aigun\n    target: aigun',
          'type: SIGNED\n    source: muravyov\n    target: treaty-of-aigun',
        ),
    });
    expect(problems).toEqual([
      'entities.yaml: entity aigun: duplicate id "aigun"',
      'relations.yaml: relation #2 (SIGNED muravyov -> treaty-of-aigun): duplicate relation id "muravyov--SIGNED--treaty-of-aigun": give one of the two an explicit id',
    ]);
  });

  it('names a malformed date', () => {
    expect(problemsOf({ relations: (yaml) => yaml.replace("iso: '1858-05-16'", "iso: '1858-05-32'") })).toEqual([
      'relations.yaml: relation #1 (SIGNED muravyov -> treaty-of-aigun): malformed date in date: day 32 is out of range in "1858-05-32"',
    ]);
  });

  it('names schema problems with the field', () => {
    expect(problemsOf({ entities: (yaml) => yaml.replace('type: PLACE', 'type: CITY') })).toEqual([
      'entities.yaml: entity aigun: type must be equal to one of the allowed values',
    ]);
    expect(problemsOf({ relations: (yaml) => yaml.replace('reason: He signed it there.\n', '') })).toEqual([
      "relations.yaml: relation #2 (TOOK_PLACE_IN treaty-of-aigun -> aigun): must have required property 'reason'",
    ]);
  });

  it('explains a value split by a comma in a YAML flow map', () => {
    expect(
      problemsOf({
        relations: (yaml) =>
          yaml.replace('    inferred: true', '    properties: { how: quietly, by night }\n    inferred: true'),
      }),
    ).toEqual([
      'relations.yaml: relation #2 (TOOK_PLACE_IN treaty-of-aigun -> aigun): property name "by night" is not a word: a comma inside { } splits a value in two, so quote values that have commas',
    ]);
  });

  it('names a YAML syntax error by line', () => {
    const [problem, ...rest] = problemsOf({
      entities: (yaml) => yaml.replace('aliases: [Murawjow]', 'aliases: [Murawjow'),
    });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^entities\.yaml: line \d+: not valid YAML: /);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({
      relations: (yaml) =>
        yaml.replace('source: muravyov', 'source: nobody').replace("iso: '1858-05-16'", "iso: 'Mai 1858'"),
    });
    expect(problems).toEqual([
      'relations.yaml: relation #1 (SIGNED nobody -> treaty-of-aigun): unknown entity id "nobody" as source',
      'relations.yaml: relation #1 (SIGNED nobody -> treaty-of-aigun): malformed date in date: "Mai 1858" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, YYY (decade) or YY (century)',
    ]);
  });
});
