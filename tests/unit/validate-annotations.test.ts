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

  describe('assertions', () => {
    const withAssertion = (assertion: string) => ({
      relations: (yaml: string) =>
        yaml.replace(
          '    evidence: [Murawjow unterzeichnete ihn in Aigun]\n  - type',
          `    evidence: [Murawjow unterzeichnete ihn in Aigun]\n    assertion: ${assertion}\n  - type`,
        ),
    });
    const entry = 'relations.yaml: relation #1 (SIGNED muravyov -> treaty-of-aigun)';

    it('loads a claim with who made it, its verdict and the quotes behind the verdict', () => {
      const { graph } = buildCuratedGraph(
        annotationFixture(
          withAssertion(
            "{ kind: claim, claimedBy: muravyov, verdict: refuted, verdictEvidence: ['Der Vertrag wurde gelobt. Der Vertrag'] }",
          ),
        ),
      );
      expect(graph.relations[0]?.assertion).toMatchObject({ kind: 'CLAIM', claimedBy: 'muravyov', verdict: 'REFUTED' });
      expect(graph.relations[0]?.assertion?.verdictEvidence[0]).toMatchObject({ documentId: 'fixture' });
      expect(graph.relations[1]?.assertion).toBeNull();
    });

    it('names an unknown kind, an unknown holder, a holder that cannot hold a view, and a missing verdict', () => {
      expect(problemsOf(withAssertion('{ kind: rumour, claimedBy: muravyov, verdict: refuted }'))).toEqual([
        `${entry}: unknown assertion kind "rumour" (fact, claim, plan or belief)`,
      ]);
      expect(problemsOf(withAssertion('{ kind: claim, claimedBy: murawjow, verdict: unverified }'))).toEqual([
        `${entry}: unknown entity id "murawjow" in assertion.claimedBy`,
      ]);
      expect(problemsOf(withAssertion('{ kind: belief, claimedBy: aigun, verdict: unverified }'))).toEqual([
        `${entry}: assertion.claimedBy must name a PERSON, STATE, ORGANIZATION, but aigun is a PLACE`,
      ]);
      expect(problemsOf(withAssertion('{ kind: claim }'))).toEqual([
        `${entry}: a claim needs claimedBy: who made it`,
        `${entry}: a claim needs a verdict (confirmed, disputed, refuted or unverified)`,
      ]);
    });

    it('names a verdict without the words behind it, and a fact that carries a verdict', () => {
      expect(problemsOf(withAssertion('{ kind: plan, verdict: refuted }'))).toEqual([
        `${entry}: the verdict refuted needs verdictEvidence: the words of the text that say so`,
      ]);
      expect(problemsOf(withAssertion('{ kind: plan, verdict: maybe }'))).toEqual([
        `${entry}: unknown verdict "maybe" (confirmed, disputed, refuted or unverified)`,
      ]);
      expect(problemsOf(withAssertion('{ kind: fact, verdict: confirmed }'))).toEqual([
        `${entry}: a fact has no claimedBy, verdict or verdictEvidence: it is the text’s own statement`,
      ]);
    });
  });

  describe('authority ids and places', () => {
    const aigun = (extra: string) => ({
      entities: (yaml: string) => yaml.replace('    description: Town.', `    description: Town.\n${extra}`),
    });

    it('loads a place with its Wikidata id, its point and box', () => {
      const { graph } = buildCuratedGraph(
        annotationFixture(
          aigun('    wikidata: Q1234\n    location: { latitude: 50.25, longitude: 127.47, box: [127, 50, 128, 51] }'),
        ),
      );
      expect(graph.entities.find((entity) => entity.id === 'aigun')).toMatchObject({
        wikidata: 'Q1234',
        location: { latitude: 50.25, longitude: 127.47, box: [127, 50, 128, 51], uncertaintyKm: null },
      });
    });

    it('names a Wikidata id of the wrong form, coordinates out of range and a box that misses its point', () => {
      expect(problemsOf(aigun('    wikidata: Q01234'))).toEqual([
        'entities.yaml: entity aigun: wikidata "Q01234" is not a Wikidata item id (Q and a number, such as Q8733)',
      ]);
      expect(problemsOf(aigun('    location: { latitude: 127.47, longitude: 50.25 }'))).toEqual([
        'entities.yaml: entity aigun: location: latitude 127.47 is out of range (-90 to 90)',
      ]);
      expect(
        problemsOf(aigun('    location: { latitude: 50.25, longitude: 127.47, box: [100, 40, 110, 45] }')),
      ).toEqual([
        'entities.yaml: entity aigun: location: the point (50.25, 127.47) lies outside its box [100, 40, 110, 45]',
      ]);
    });

    it('names coordinates on something that is not a place', () => {
      expect(
        problemsOf({
          entities: (yaml) =>
            yaml.replace(
              '    description: Treaty of 1858.',
              '    description: Treaty of 1858.\n    location: { latitude: 50, longitude: 127 }',
            ),
        }),
      ).toEqual(['entities.yaml: entity treaty-of-aigun: location is for places, and treaty-of-aigun is a TREATY']);
    });
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
