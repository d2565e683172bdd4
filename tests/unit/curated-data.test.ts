import { DATA_BOUNDS } from '../../src/api/common/query-cost';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import type { CuratedRelation } from '../../src/ingest/curated-graph';

/**
 * The curated annotations against the source text: they load without a problem, every quote
 * resolves to exactly one place (validation refuses anything else), and the questions the product
 * promises to answer are answerable from them.
 */
describe('the curated annotations', () => {
  const { graph, report } = buildCuratedGraph();
  const [document] = graph.documents;
  const relation = (type: string, source: string, target: string): CuratedRelation | undefined =>
    graph.relations.find((r) => r.type === type && r.source === source && r.target === target);

  it('cover the text at the expected scale', () => {
    expect(graph.entities.length).toBeGreaterThanOrEqual(120);
    expect(graph.relations.length).toBeGreaterThanOrEqual(250);
  });

  it('back every relation with quotes that stand in the text where the evidence says', () => {
    for (const { evidence } of graph.relations) {
      expect(evidence.length).toBeGreaterThan(0);
      for (const span of evidence) {
        expect(document!.text.slice(span.start, span.end)).toBe(span.quote);
        expect(document!.text.indexOf(span.quote)).toBe(document!.text.lastIndexOf(span.quote));
        expect(span.sentenceIndexes.length).toBeGreaterThan(0);
        for (const index of span.sentenceIndexes) {
          const sentence = document!.sentences[index]!;
          expect(sentence.start < span.end && sentence.end > span.start).toBe(true);
        }
      }
    }
  });

  it('stay within the list sizes the query cost model counts on', () => {
    const largest = (sizes: number[]) => Math.max(...sizes);
    expect(largest(graph.entities.map((entity) => entity.aliases.length))).toBeLessThanOrEqual(DATA_BOUNDS.aliases);
    expect(largest(graph.entities.map((entity) => entity.labels.length))).toBeLessThanOrEqual(DATA_BOUNDS.labels);
    expect(
      largest(graph.relations.map((r) => r.evidence.reduce((sum, span) => sum + span.sentenceIndexes.length, 0))),
    ).toBeLessThanOrEqual(DATA_BOUNDS.evidenceSentences);
    expect(largest(graph.relations.map((r) => Object.keys(r.properties).length))).toBeLessThanOrEqual(
      DATA_BOUNDS.properties,
    );
  });

  it('give a reason for every inferred relation', () => {
    for (const r of graph.relations.filter((candidate) => candidate.inferred)) expect(r.reason).toBeTruthy();
  });

  it('cite most body sentences', () => {
    const body = document!.sentences.filter((sentence) => sentence.kind === 'body');
    const cited = new Set(graph.relations.flatMap((r) => r.evidence.flatMap((span) => span.sentenceIndexes)));
    expect(body.filter((sentence) => cited.has(sentence.index)).length / body.length).toBeGreaterThan(0.75);
  });

  it('know every spelling the issue names', () => {
    const names = (id: string) => {
      const entity = graph.entities.find((candidate) => candidate.id === id)!;
      return [entity.name, entity.germanName, ...entity.aliases];
    };
    expect(names('muravyov')).toEqual(expect.arrayContaining(['Muravyov', 'Murawjow', 'Muravyov-Amursky']));
    expect(names('nevelskoy')).toEqual(expect.arrayContaining(['Nevelskoy', 'Nevelsky', 'Nevelskoi']));
    expect(names('putyatin')).toEqual(expect.arrayContaining(['Putjatin', 'Putyatin']));
  });

  it('answer who opposed the Amur expeditions, and how', () => {
    const opposed = graph.relations.filter(
      (r) =>
        r.type === 'OPPOSED' &&
        ['putyatin-expedition', 'amur-expedition', 'nevelskoy', 'amur-region'].includes(r.target),
    );
    expect(opposed.map((r) => `${r.source} -> ${r.target}`)).toEqual(
      expect.arrayContaining([
        'russian-finance-ministry -> putyatin-expedition',
        'nesselrode -> putyatin-expedition',
        'special-committee -> nevelskoy',
        'special-committee -> amur-region',
      ]),
    );
    expect(relation('OPPOSED', 'russian-finance-ministry', 'putyatin-expedition')?.properties.how).toMatch(/roubles/);
    expect(relation('OPPOSED', 'special-committee', 'nevelskoy')?.properties.how).toMatch(/demotion/);
    expect(relation('OPPOSED', 'special-committee', 'amur-region')?.properties.how).toMatch(/renounced/);
  });

  it('answer who signed each treaty, and when', () => {
    expect(relation('SIGNED', 'putyatin', 'treaty-of-tianjin')?.start).toMatchObject({ iso: '1858-06-13' });
    expect(relation('SIGNED', 'hua-shan', 'treaty-of-tianjin')).toBeDefined();
    expect(relation('SIGNED', 'fyodor-golovin', 'treaty-of-nerchinsk')?.start).toMatchObject({
      iso: '1689-08-27',
      precision: 'DAY',
    });
    expect(relation('NEGOTIATED', 'muravyov', 'treaty-of-aigun')).toBeDefined();
    expect(relation('SIGNED', 'muravyov', 'treaty-of-aigun')?.inferred).toBe(true);
  });

  it('answer what each treaty ceded to whom', () => {
    expect(relation('CEDED', 'russia', 'amur-region')?.properties).toEqual({
      treaty: 'treaty-of-nerchinsk',
      recipient: 'qing-china',
    });
    expect(relation('CEDED', 'qing-china', 'amur-left-bank')?.properties).toEqual({
      treaty: 'treaty-of-aigun',
      recipient: 'russia',
    });
    expect(relation('CEDED', 'qing-china', 'ussuri-territory')?.properties).toEqual({
      treaty: 'treaty-of-peking',
      recipient: 'russia',
    });
    expect(relation('TRANSFERRED', 'treaty-of-aigun', 'amur-left-bank')).toBeDefined();
  });

  it('answer who led each expedition', () => {
    const expeditions = graph.entities.filter((entity) => entity.type === 'EXPEDITION').map((entity) => entity.id);
    const led = new Set(graph.relations.filter((r) => r.type === 'LED').map((r) => r.target));
    const ledOrPart = expeditions.filter(
      (id) => led.has(id) || graph.relations.some((r) => r.type === 'PART_OF' && r.source === id),
    );
    expect(ledOrPart).toEqual(expeditions);
  });

  it('chain Nevelskoy to the Treaty of Aigun', () => {
    expect(relation('LED', 'nevelskoy', 'amur-expedition')).toBeDefined();
    expect(relation('LED_TO', 'amur-expedition', 'amur-raftings')).toBeDefined();
    expect(relation('LED', 'muravyov', 'amur-raftings')).toBeDefined();
    expect(relation('SUPPORTED', 'muravyov', 'nevelskoy')).toBeDefined();
    expect(relation('NEGOTIATED', 'muravyov', 'treaty-of-aigun')).toBeDefined();
  });

  it('link mentions of most entities, inflected forms included', () => {
    expect(report.neverMentioned.length / graph.entities.length).toBeLessThan(0.1);
    const texts = (id: string) => new Set(graph.mentions.filter((m) => m.entityId === id).map((m) => m.text));
    expect([...texts('amur')]).toEqual(expect.arrayContaining(['Amur', 'Amur-Flusses']));
    expect([...texts('putyatin')]).toEqual(expect.arrayContaining(['Putjatins']));
    expect([...texts('treaty-of-nerchinsk')]).toEqual(expect.arrayContaining(['Vertrags von Nerchinsk']));
  });
});
