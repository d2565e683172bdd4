import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeImportCsv, type CsvFiles } from '../../bench/import-synthetic-graph';
import { generateSyntheticGraph, type SyntheticGraph } from '../../bench/synthetic-graph';
import { sentenceId } from '../../src/graph/model/relation.model';

/** The first `count` cells of each line of a file without line breaks in its values. */
function leadingCells(file: string, count: number): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(',', count));
}

function bodyOf(files: string[], name: string): string {
  const pair = files.find((entry) => entry.includes(`${name}.header.csv`));
  if (!pair) throw new Error(`no ${name} file among ${files.join(' ')}`);
  return pair.split(',')[1]!;
}

describe('writeImportCsv', () => {
  let folder: string;
  let graph: SyntheticGraph;
  let files: CsvFiles;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'import-csv-'));
    // Three documents of sentences, so that node ids run on from one file to the next.
    graph = generateSyntheticGraph({ entities: 700 });
    files = writeImportCsv(graph, path.join(folder, 'csv'), () => {});
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('numbers the nodes from 0 without gaps, entities first, then sentences, documents and timeline entries', () => {
    expect(files.nodes.map((pair) => path.basename(pair.split(',')[0]!))).toEqual([
      'entities.header.csv',
      'sentences.header.csv',
      'documents.header.csv',
      'timeline-entries.header.csv',
    ]);
    const entityIds = leadingCells(bodyOf(files.nodes, 'entities'), 2);
    expect(entityIds).toEqual(graph.entities.map((entity, index) => [String(index), entity.id]));

    const sentenceIds = leadingCells(bodyOf(files.nodes, 'sentences'), 1).map(([node]) => Number(node));
    expect(graph.sentenceCount).toBe(2_100);
    expect(sentenceIds).toEqual(Array.from({ length: 2_100 }, (_, index) => 700 + index));

    // Documents hold line breaks: their ids are read from the relationships to their sentences.
    const documentNodes = new Set(leadingCells(bodyOf(files.relationships, 'has-sentence'), 1).map(([node]) => node));
    expect([...documentNodes]).toEqual(['2800', '2801', '2802']);

    const timelineIds = leadingCells(bodyOf(files.nodes, 'timeline-entries'), 1).map(([node]) => Number(node));
    expect(timelineIds.length).toBe(files.counts.timelineEntries);
    expect(timelineIds.length).toBeGreaterThan(0);
    expect(timelineIds).toEqual(Array.from({ length: timelineIds.length }, (_, index) => 2_803 + index));
  });

  it('names the ends of each relation by the node ids of its entities', () => {
    const nodeOf = new Map(graph.entities.map((entity, index) => [entity.id, String(index)]));
    const expected = [...graph.relationBatches(10_000)]
      .flat()
      .map((relation) => [nodeOf.get(relation.source), nodeOf.get(relation.target), relation.type]);
    expect(expected.length).toBe(files.counts.relations);
    expect(leadingCells(bodyOf(files.relationships, 'relations'), 3)).toEqual(expected);
  });

  it('names the ends of each mention by the node ids of its entity and sentence', () => {
    const entityNode = new Map(graph.entities.map((entity, index) => [entity.id, index]));
    const sentenceNode = new Map<string, number>();
    const expected: number[][] = [];
    for (const document of graph.documents()) {
      for (const sentence of document.sentences)
        sentenceNode.set(sentenceId(document.id, sentence.index), 700 + sentenceNode.size);
      for (const mention of graph.mentionsOf(document)) {
        expected.push([
          entityNode.get(mention.entityId)!,
          sentenceNode.get(sentenceId(mention.documentId, mention.sentenceIndex))!,
        ]);
      }
    }
    expect(expected.length).toBe(2_100);
    const written = leadingCells(bodyOf(files.relationships, 'mentions'), 2).map((cells) => cells.map(Number));
    expect(written).toEqual(expected);
  });
});
