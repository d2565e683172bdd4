/**
 * Loads a synthetic graph through the real ingestion path: the loader's own rows (`toLoadRows`)
 * and its statements (cypher/ingest/create-*.cypher), in batched UNWIND writes, one transaction
 * per batch, with the project's migrations (constraints, range and full-text indexes) in place.
 */
import type { Driver } from 'neo4j-driver';
import type { CypherLoader } from '../src/db/cypher-loader';
import type { CuratedGraph } from '../src/ingest/curated-graph';
import { toLoadRows } from '../src/graph/curation.repository';
import { DATASETS } from '../src/graph/model';
import type { SyntheticGraph } from './synthetic-graph';

export const BENCH_DATASET = DATASETS.bench;

export interface LoadStats {
  entities: number;
  relations: number;
  sentences: number;
  seconds: { documents: number; entities: number; relations: number };
  relationsPerSecond: number;
}

const EMPTY: CuratedGraph = { documents: [], entities: [], relations: [], mentions: [] };

async function write(driver: Driver, database: string, query: string, parameters: Record<string, unknown>) {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(query, parameters), { timeout: 600_000 });
  } finally {
    await session.close();
  }
}

function* chunked<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Runs `work` on every item with at most `writers` at a time, in order of start. */
async function inParallel<T>(items: Iterable<T>, writers: number, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for (const item of items) {
    const task = work(item).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= writers) await Promise.race(running);
  }
  await Promise.all(running);
}

export async function loadSyntheticGraph(
  driver: Driver,
  database: string,
  cypher: CypherLoader,
  graph: SyntheticGraph,
  log: (line: string) => void,
  /**
   * Rows per transaction. Measured at 100k entities (500,000 relations, two writers): 500 rows
   * 13,000 relations/s, 1,000 and 2,000 rows 14,600-15,100/s, 10,000 rows 12,100-12,600/s, 50,000
   * rows 9,900/s. Large transactions cost more per row at commit (sorting and applying commands,
   * locks); small ones pay the round trip and commit more often.
   */
  batchSize = 2_000,
  /** Concurrent write transactions; deadlocks between them are retried by the driver. */
  writers = 2,
): Promise<LoadStats> {
  const dataset = BENCH_DATASET;
  const seconds = { documents: 0, entities: 0, relations: 0 };
  const progress = (what: string, done: number, total: number, started: number) => {
    const elapsed = (performance.now() - started) / 1000;
    log(
      `  ${what}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${Math.round(done / elapsed).toLocaleString('en')}/s)`,
    );
  };

  let started = performance.now();
  // A synthetic document has 1,000 sentences: a batch of documents holds about batchSize of them.
  let sentences = 0;
  let batches = 0;
  await inParallel(chunked(graph.documents(), Math.max(1, Math.floor(batchSize / 1000))), writers, async (batch) => {
    const { documents } = toLoadRows({ ...EMPTY, documents: batch }, dataset);
    await write(driver, database, cypher.load('ingest/create-documents'), { documents });
    sentences += batch.reduce((sum, document) => sum + document.sentences.length, 0);
    batches += 1;
    if (batches % 20 === 0 || sentences === graph.sentenceCount)
      progress('sentences', sentences, graph.sentenceCount, started);
  });
  seconds.documents = (performance.now() - started) / 1000;

  started = performance.now();
  let entities = 0;
  await inParallel(chunked(graph.entities, batchSize), writers, async (batch) => {
    const rows = toLoadRows({ ...EMPTY, entities: batch }, dataset);
    await write(driver, database, cypher.load('ingest/create-entities'), { entities: rows.entities });
    await write(driver, database, cypher.load('ingest/create-timeline-entries'), { entries: rows.timelineEntries });
    entities += batch.length;
    if (entities % (batchSize * 10) === 0 || entities === graph.entities.length) {
      progress('entities', entities, graph.entities.length, started);
    }
  });
  seconds.entities = (performance.now() - started) / 1000;

  started = performance.now();
  let relations = 0;
  await inParallel(graph.relationBatches(batchSize), writers, async (batch) => {
    const rows = toLoadRows({ ...EMPTY, relations: batch }, dataset);
    await write(driver, database, cypher.load('ingest/create-relations'), { relations: rows.relations });
    await write(driver, database, cypher.load('ingest/create-timeline-entries'), { entries: rows.timelineEntries });
    relations += batch.length;
    if (relations % (batchSize * 25) < batchSize) progress('relations', relations, graph.relationCount, started);
  });
  seconds.relations = (performance.now() - started) / 1000;
  progress('relations', relations, graph.relationCount, started);

  // Each sentence mentions its entity, as the curated sentences mention theirs.
  started = performance.now();
  let mentions = 0;
  await inParallel(chunked(graph.documents(), Math.max(1, Math.floor(batchSize / 1000))), writers, async (batch) => {
    const rows = toLoadRows({ ...EMPTY, mentions: batch.flatMap((document) => graph.mentionsOf(document)) }, dataset);
    await write(driver, database, cypher.load('ingest/create-mentions'), { mentions: rows.mentions });
    mentions += rows.mentions.length;
  });
  progress('mentions', mentions, graph.sentenceCount, started);
  return { entities, relations, sentences, seconds, relationsPerSecond: Math.round(relations / seconds.relations) };
}
