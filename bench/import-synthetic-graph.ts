/**
 * Loads a synthetic graph with the tool made for bulk loading: the storage model's rows
 * (`toLoadRows`, as the transactional loader writes them) go to CSV files, which
 * `neo4j-admin database import full` turns into a database while Neo4j is stopped. Headers are
 * written last, in files of their own, with the types the values had (long, double, boolean,
 * string, and their arrays).
 *
 * Nodes are given their node ids here (`--id-type=actual`): entities first, then sentences,
 * documents and timeline entries, each numbered on from the last, and relationships name their
 * ends by those numbers. With string ids the import looks up both ends of every relationship in
 * its id map, a binary search that took a third of its CPU at a million entities (11 million
 * relationships over 6.5 million nodes); the ids we query by are stored as the `id` property all
 * the same.
 */
import { stringify } from 'csv-stringify/sync';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { CuratedGraph } from '../src/ingest/curated-graph';
import { toLoadRows } from '../src/graph/curation.repository';
import type { SyntheticGraph } from './synthetic-graph';
import { BENCH_DATASET } from './load-synthetic-graph';

/** Between the elements of an array value: the ASCII unit separator, which no text of ours holds. */
export const ARRAY_DELIMITER = '\u001f';

const EMPTY: CuratedGraph = { documents: [], entities: [], relations: [], mentions: [] };

type ColumnType = 'long' | 'double' | 'boolean' | 'string';

/** One CSV file of rows with properties: fixed leading columns (ids, labels, type), then properties as they come. */
class CsvFile {
  private readonly fd: number;
  private readonly columns = new Map<string, { index: number; type: ColumnType | null; array: boolean }>();
  private pending: unknown[][] = [];
  /** Characters of text in the pending rows: a document's text is long, and a string holds at most 512 MB. */
  private pendingChars = 0;
  rows = 0;

  constructor(
    readonly folder: string,
    readonly name: string,
    private readonly leading: readonly string[],
  ) {
    this.fd = openSync(path.join(folder, `${name}.body.csv`), 'w');
  }

  private typeOf(value: unknown): ColumnType {
    if (typeof value === 'boolean') return 'boolean';
    if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
    return 'string';
  }

  private column(key: string, value: unknown) {
    let column = this.columns.get(key);
    if (!column) {
      column = { index: this.leading.length + this.columns.size, type: null, array: Array.isArray(value) };
      this.columns.set(key, column);
    }
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of items) {
      const type = this.typeOf(item);
      if (column.type === null || column.type === type) column.type = type;
      else if (
        new Set([column.type, type]).size === 2 &&
        [column.type, type].every((t) => t === 'long' || t === 'double')
      )
        column.type = 'double';
      else throw new Error(`${this.name}: property ${key} holds both ${column.type} and ${type} values`);
    }
    return column;
  }

  add(leading: readonly unknown[], properties: Record<string, unknown>): void {
    const row: unknown[] = [...leading];
    for (const [key, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      const column = this.column(key, value);
      const cell = Array.isArray(value) ? value.map(String).join(ARRAY_DELIMITER) : value;
      if (typeof cell === 'string') this.pendingChars += cell.length;
      row[column.index] = cell;
    }
    this.pending.push(row);
    this.rows += 1;
    if (this.pending.length >= 5_000 || this.pendingChars >= 16_000_000) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const width = this.leading.length + this.columns.size;
    for (const row of this.pending) row.length = width;
    writeSync(this.fd, stringify(this.pending, { cast: { boolean: (value) => String(value) } }));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Closes the body and writes the header file; returns the `header,body` pair the import takes. */
  close(): string {
    this.flush();
    closeSync(this.fd);
    const header = [
      ...this.leading,
      ...[...this.columns.entries()].map(([key, { type, array }]) => `${key}:${type ?? 'string'}${array ? '[]' : ''}`),
    ];
    const headerFile = path.join(this.folder, `${this.name}.header.csv`);
    writeFileSync(headerFile, stringify([header]));
    return `${headerFile},${path.join(this.folder, `${this.name}.body.csv`)}`;
  }
}

export interface CsvFiles {
  nodes: string[];
  relationships: string[];
  counts: { entities: number; relations: number; sentences: number; mentions: number; timelineEntries: number };
}

/** Writes the synthetic graph as CSV files for `neo4j-admin database import` into `folder`. */
export function writeImportCsv(graph: SyntheticGraph, folder: string, log: (line: string) => void): CsvFiles {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const dataset = BENCH_DATASET;
  const entities = new CsvFile(folder, 'entities', [':ID', 'id:string', ':LABEL']);
  const sentences = new CsvFile(folder, 'sentences', [':ID', 'id:string', ':LABEL']);
  const documents = new CsvFile(folder, 'documents', [':ID', 'id:string', ':LABEL']);
  const timeline = new CsvFile(folder, 'timeline-entries', [':ID', ':LABEL']);
  const hasSentence = new CsvFile(folder, 'has-sentence', [':START_ID', ':END_ID', ':TYPE']);
  const mentions = new CsvFile(folder, 'mentions', [':START_ID', ':END_ID', ':TYPE']);
  const relations = new CsvFile(folder, 'relations', [':START_ID', ':END_ID', ':TYPE']);

  // Node ids: entities from 0, then the sentences, the documents and the timeline entries.
  const entityNodeIds = new Map(graph.entities.map((entity, index) => [entity.id, index]));
  const entityNode = (id: string) => {
    const node = entityNodeIds.get(id);
    if (node === undefined) throw new Error(`the synthetic graph names an entity it does not hold: ${id}`);
    return node;
  };
  const firstSentence = graph.entities.length;
  const firstDocument = firstSentence + graph.sentenceCount;
  const firstTimelineEntry = firstDocument + graph.documentCount;

  for (const document of graph.documents()) {
    const rows = toLoadRows({ ...EMPTY, documents: [document], mentions: graph.mentionsOf(document) }, dataset);
    const sentenceNodes = new Map<string, number>();
    for (const { properties, sentences: stored } of rows.documents) {
      const { id, ...rest } = properties as Record<string, unknown>;
      const documentNode = firstDocument + documents.rows;
      documents.add([documentNode, id, 'Document'], rest);
      for (const sentence of stored) {
        const { id: sentenceId, ...sentenceRest } = sentence as Record<string, unknown>;
        const sentenceNode = firstSentence + sentences.rows;
        sentenceNodes.set(String(sentenceId), sentenceNode);
        sentences.add([sentenceNode, sentenceId, 'Sentence'], sentenceRest);
        hasSentence.add([documentNode, sentenceNode, 'HAS_SENTENCE'], {});
      }
    }
    for (const mention of rows.mentions) {
      const sentenceNode = sentenceNodes.get(mention.sentenceId);
      if (sentenceNode === undefined)
        throw new Error(`a mention names a sentence of another document: ${mention.sentenceId}`);
      mentions.add([entityNode(mention.entityId), sentenceNode, 'MENTIONED_IN'], mention.properties);
    }
  }
  if (sentences.rows !== graph.sentenceCount || documents.rows !== graph.documentCount) {
    throw new Error(
      `the synthetic graph made ${documents.rows} documents and ${sentences.rows} sentences, not the ${graph.documentCount} and ${graph.sentenceCount} it counted`,
    );
  }
  log(`  CSV: ${sentences.rows.toLocaleString('en')} sentences, ${mentions.rows.toLocaleString('en')} mentions`);
  const addTimelineEntry = (entry: Record<string, unknown>) =>
    timeline.add([firstTimelineEntry + timeline.rows, 'TimelineEntry'], entry);
  const entityRows = toLoadRows({ ...EMPTY, entities: graph.entities }, dataset);
  for (const { label, properties } of entityRows.entities) {
    const { id, ...rest } = properties as Record<string, unknown>;
    entities.add([entityNode(String(id)), id, ['Entity', label].join(ARRAY_DELIMITER)], rest);
  }
  for (const entry of entityRows.timelineEntries) addTimelineEntry(entry);
  log(`  CSV: ${entities.rows.toLocaleString('en')} entities`);
  for (const batch of graph.relationBatches(10_000)) {
    const rows = toLoadRows({ ...EMPTY, relations: batch }, dataset);
    for (const relation of rows.relations) {
      relations.add([entityNode(relation.source), entityNode(relation.target), relation.type], relation.properties);
    }
    for (const entry of rows.timelineEntries) addTimelineEntry(entry);
    if (relations.rows % 1_000_000 < 10_000) log(`  CSV: ${relations.rows.toLocaleString('en')} relations`);
  }
  return {
    // In the order of their node ids.
    nodes: [entities.close(), sentences.close(), documents.close(), timeline.close()],
    relationships: [hasSentence.close(), mentions.close(), relations.close()],
    counts: {
      entities: entities.rows,
      relations: relations.rows,
      sentences: sentences.rows,
      mentions: mentions.rows,
      timelineEntries: timeline.rows,
    },
  };
}
