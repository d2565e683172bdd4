import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateExtraction, evaluateHeldOut } from '../../src/extract/evaluate-extraction';
import { readEvalTexts } from '../../src/extract/read-eval-texts';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import { temporaryFolder } from '../helpers/temporary-folder';

describe('the extraction pipeline against the curated annotations (npm run eval:extract)', () => {
  const scores = evaluateExtraction(buildCuratedGraph().graph);

  it('links mentions with an F1 of at least 0.9', () => {
    expect(scores.mentions.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests relations with a precision of at least 0.6 at a recall of at least 0.4', () => {
    expect(scores.relations.precision).toBeGreaterThanOrEqual(0.6);
    expect(scores.relations.recall).toBeGreaterThanOrEqual(0.4);
  });
});

// Floors for all held-out texts together, most of which guided the rules: a guard against
// regressions. What to expect of a new text is the blind texts' line of `npm run eval:extract`.
describe('the extraction pipeline on the held-out texts of data/eval/ (not the corpus)', () => {
  const { graph } = buildCuratedGraph();
  const types = new Map(graph.entities.map((entity) => [entity.id, entity.type]));
  const texts = readEvalTexts(types);
  const report = evaluateHeldOut(graph, texts);

  it('has texts in German and English, some of each kept blind', () => {
    const languages = (list: typeof texts) => list.map((text) => text.language);
    expect(languages(texts).filter((language) => language === 'de').length).toBeGreaterThanOrEqual(2);
    expect(languages(texts).filter((language) => language === 'en').length).toBeGreaterThanOrEqual(1);
    expect([...new Set(languages(texts.filter((text) => text.blind)))].sort()).toEqual(['de', 'en']);
    expect(report.blind?.relations.gold).toBeGreaterThanOrEqual(10);
    expect(report.total.relations.gold).toBeGreaterThan(40);
  });

  it('links mentions with an F1 of at least 0.95', () => {
    expect(report.total.mentions.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('proposes new entities with a precision of at least 0.8 and a recall of at least 0.7', () => {
    expect(report.total.newEntities.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.total.newEntities.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('suggests relations with a precision of at least 0.7 and a recall of at least 0.5', () => {
    expect(report.total.relations.precision).toBeGreaterThanOrEqual(0.7);
    expect(report.total.relations.recall).toBeGreaterThanOrEqual(0.5);
  });

  it('dates the relations it finds as the gold does', () => {
    expect(report.total.dates.found).toBeGreaterThan(30);
    expect(report.total.dates.right / report.total.dates.found).toBeGreaterThanOrEqual(0.9);
  });
});

describe('reading a held-out text', () => {
  const types = new Map([
    ['amur', 'PLACE' as const],
    ['muravyov', 'PERSON' as const],
  ]);
  const write = (yaml: string): string => {
    const folder = temporaryFolder('eval-texts-');
    writeFileSync(path.join(folder, 'bad.yaml'), yaml);
    return folder;
  };
  const problemsOf = (yaml: string): string => {
    try {
      readEvalTexts(types, write(yaml));
    } catch (error) {
      return (error as Error).message;
    }
    return 'no problem';
  };
  const valid = `id: t\ntitle: T\nlanguage: de\ntext: Murawjow fuhr auf dem Amur.\nmentions: { Murawjow: muravyov, Amur: amur }\nnewEntities: []\nrelations: [{ type: TRAVELLED_TO, source: muravyov, target: amur }]\n`;

  it('reads a valid one', () => {
    expect(problemsOf(valid)).toBe('no problem');
  });

  it.each([
    [
      'an unknown entity id',
      valid.replace('Amur: amur', 'Amur: amur-river'),
      /mention "Amur": "amur-river" is no known entity id/,
    ],
    [
      'a language it does not read',
      valid.replace('language: de', 'language: fr'),
      /language: "fr" is not one the pipeline reads/,
    ],
    [
      'a relation the ontology forbids',
      valid.replace('TRAVELLED_TO', 'SIGNED'),
      /relation #1 \(SIGNED muravyov -> amur\): the ontology allows no SIGNED from PERSON to PLACE/,
    ],
    [
      'a malformed date',
      valid.replace('target: amur }', "target: amur, date: '1858-13' }"),
      /month 13 is out of range/,
    ],
    [
      'a name not in the text',
      valid.replace('newEntities: []', 'newEntities: [{ name: Jehol, type: PLACE }]'),
      /new entity #1 \(Jehol\): "Jehol" does not stand in the text/,
    ],
  ])('names %s with file, entry and reason', (_what, yaml, reason) => {
    const message = problemsOf(yaml);
    expect(message).toMatch(/bad\.yaml: /);
    expect(message).toMatch(reason);
  });
});
