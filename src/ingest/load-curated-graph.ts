import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  dayNumber,
  dayRange,
  precisionRank,
  spanScale,
  yearSpan,
  type HistoricalDate,
} from '../domain/historical-date';
import { nameKey } from '../domain/name-keys';
import { ENTITY_TYPE_INFO } from '../domain/ontology';
import type { CypherLoader } from '../db/cypher-loader';
import type { CuratedGraph } from './curated-graph';

/** The curated dataset's id in the graph; ingested documents (later) get datasets of their own. */
export const CURATED_DATASET = 'curated';

/** Bump when the graph model changes, so that start-up reloads data written by an older model. */
const MODEL_VERSION = 5;

export interface LoadSummary {
  version: string;
  documents: number;
  sentences: number;
  entities: number;
  relations: number;
  mentions: number;
}

export type LoadStep = 'delete' | 'documents' | 'entities' | 'relations' | 'mentions' | 'relink' | 'mark';

export interface LoadOptions {
  /** Called after each step, inside the transaction: throwing aborts the load and rolls it back. */
  onStep?: (step: LoadStep, detail: string) => void;
}

/** A content hash of what would be written: equal graphs, equal versions. */
export function curatedGraphVersion(graph: CuratedGraph): string {
  return createHash('sha256')
    .update(JSON.stringify({ model: MODEL_VERSION, graph }))
    .digest('hex')
    .slice(0, 16);
}

export function sentenceId(documentId: string, index: number): string {
  return `${documentId}:${index}`;
}

/** A date as flat properties (Neo4j properties hold no maps): startIso, startPrecision, ... */
export function dateProperties(prefix: 'start' | 'end', date: HistoricalDate | null): Record<string, string | number> {
  if (!date) return {};
  const { from, to } = yearSpan(date);
  return {
    [`${prefix}Iso`]: date.iso,
    [`${prefix}Precision`]: date.precision,
    ...(date.text !== undefined && { [`${prefix}Text`]: date.text }),
    [`${prefix}YearFrom`]: from,
    [`${prefix}YearTo`]: to,
  };
}

/**
 * Where a dated entity or relation stands on the timeline, as one string that sorts as the
 * timeline does: by the first day of its start, coarse precision before fine, then by id
 * ("1858-05-28|4|muravyov--SIGNED--treaty-of-aigun"). The parts before the id have fixed widths.
 * The timeline's indexes seek and page on it (keyset cursors), in index order.
 */
export function timelineKey(spanFrom: string, rank: number, id: string): string {
  return `${spanFrom}|${Math.trunc(rank)}|${id}`;
}

/**
 * The period a dated thing covers, for timeline queries: `spanFrom` is the first day of its start,
 * `spanTo` the last day of its end (or of its start when it has no end), `spanScale` how long it
 * is (see spanScale) for the timeline's indexes, the start's precision rank, which orders equal
 * starts coarse before fine, and, for a thing with an id, its `timelineKey`.
 */
export function spanProperties(
  start: HistoricalDate | null,
  end: HistoricalDate | null,
  id?: string,
): Record<string, string | number> {
  const first = start ?? end;
  if (!first) return {};
  const spanFrom = dayRange(first).first;
  const spanTo = dayRange(end ?? first).last;
  const rank = precisionRank(first.precision);
  return {
    spanFrom,
    spanTo,
    spanScale: spanScale(dayNumber(spanTo) - dayNumber(spanFrom)),
    startPrecisionRank: rank,
    ...(id !== undefined && { timelineKey: timelineKey(spanFrom, rank, id) }),
  };
}

/** The spelling keys of all of an entity's names, for `resolve`. */
export function nameKeyProperties(names: readonly string[]): { nameKeys: string[]; nameKeyText: string } {
  const keys = [...new Set(names.map(nameKey).filter((key) => key !== ''))];
  return { nameKeys: keys, nameKeyText: keys.join(' ') };
}

/** The parameters of the load statements. */
export function toLoadRows(graph: CuratedGraph) {
  return {
    documents: graph.documents.map((document) => ({
      id: document.id,
      title: document.title,
      language: document.language,
      note: document.note,
      text: document.text,
      sentences: document.sentences.map((sentence) => ({ ...sentence, id: sentenceId(document.id, sentence.index) })),
    })),
    entities: graph.entities.map((entity) => ({
      label: ENTITY_TYPE_INFO[entity.type].label,
      properties: {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        ...(entity.germanName !== null && { germanName: entity.germanName }),
        aliases: entity.aliases,
        aliasText: entity.aliases.join(' | '),
        description: entity.description,
        ...dateProperties('start', entity.start),
        ...dateProperties('end', entity.end),
        ...spanProperties(entity.start, entity.end, entity.id),
        ...nameKeyProperties([entity.name, ...(entity.germanName ? [entity.germanName] : []), ...entity.aliases]),
      },
    })),
    relations: graph.relations.map((relation) => ({
      type: relation.type,
      source: relation.source,
      target: relation.target,
      properties: {
        ...relation.properties,
        id: relation.id,
        dataset: CURATED_DATASET,
        inferred: relation.inferred,
        ...(relation.reason !== null && { reason: relation.reason }),
        ...dateProperties('start', relation.start),
        ...dateProperties('end', relation.end),
        ...spanProperties(relation.start, relation.end, relation.id),
        evidence: [
          ...new Set(
            relation.evidence.flatMap((span) =>
              span.sentenceIndexes.map((index) => sentenceId(span.documentId, index)),
            ),
          ),
        ],
        quotes: relation.evidence.map((span) => span.quote),
        quoteDocuments: relation.evidence.map((span) => span.documentId),
        quoteStarts: relation.evidence.map((span) => span.start),
        quoteEnds: relation.evidence.map((span) => span.end),
      },
    })),
    mentions: graph.mentions.map((mention) => ({
      entityId: mention.entityId,
      sentenceId: sentenceId(mention.documentId, mention.sentenceIndex),
      start: mention.start,
      end: mention.end,
      text: mention.text,
    })),
  };
}

/** What ingested documents and reviews draw on entities: redrawn from their records when missing. */
export const RELINK_STATEMENTS = [
  ['documents/relink-mentions', 'mentions'],
  ['documents/relink-suggested-relations', 'relations'],
  ['documents/relink-accepted-relations', 'relations'],
] as const;

async function count(tx: ManagedTransaction, query: string, parameters: Record<string, unknown>, key: string) {
  const result = await tx.run(query, parameters);
  return Number(result.records[0]?.get(key) ?? 0);
}

/**
 * Replaces the curated dataset in one write transaction: the previous graph is deleted and the new
 * one written, or, if anything fails on the way, the previous graph stays exactly as it was.
 * Running it twice writes the same graph again.
 */
export async function loadCuratedGraph(
  driver: Driver,
  cypher: CypherLoader,
  database: string,
  graph: CuratedGraph,
  { onStep = () => {} }: LoadOptions = {},
): Promise<LoadSummary> {
  const rows = toLoadRows(graph);
  const version = curatedGraphVersion(graph);
  const dataset = CURATED_DATASET;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const deleted = await count(tx, cypher.load('ingest/delete-dataset'), { dataset }, 'deleted');
        onStep('delete', `${deleted} nodes of the previous version removed`);
        const sentences = await count(
          tx,
          cypher.load('ingest/create-documents'),
          { dataset, documents: rows.documents },
          'sentences',
        );
        onStep('documents', `${rows.documents.length} documents, ${sentences} sentences`);
        const entities = await count(
          tx,
          cypher.load('ingest/create-entities'),
          { dataset, entities: rows.entities },
          'entities',
        );
        onStep('entities', `${entities} entities`);
        const relations = await count(
          tx,
          cypher.load('ingest/create-relations'),
          { dataset, relations: rows.relations },
          'relations',
        );
        if (relations !== rows.relations.length) {
          throw new Error(`wrote ${relations} of ${rows.relations.length} relations: an endpoint is missing`);
        }
        onStep('relations', `${relations} relations`);
        const mentions = await count(
          tx,
          cypher.load('ingest/create-mentions'),
          { dataset, mentions: rows.mentions },
          'mentions',
        );
        onStep('mentions', `${mentions} mentions`);
        // Deleting the curated entities took with them what ingested documents and reviews tied to
        // them: mentions, suggested and accepted relations. Their records are kept; draw them again.
        const relinked: number[] = [];
        for (const [name, key] of RELINK_STATEMENTS) {
          relinked.push(await count(tx, cypher.load(name), { documentId: null }, key));
        }
        onStep('relink', `${relinked.join(', ')} mentions, suggested and accepted relations of ingested documents`);
        const summary: LoadSummary = {
          version,
          documents: rows.documents.length,
          sentences,
          entities,
          relations,
          mentions,
        };
        await tx.run(cypher.load('ingest/mark-dataset'), { dataset, summary });
        await tx.run(cypher.load('system/bump-graph-version'));
        onStep('mark', `version ${version}`);
        return summary;
      },
      { timeout: 120_000 },
    );
  } finally {
    await session.close();
  }
}

/** The version and counts of the curated dataset in the graph, or undefined when there is none. */
export async function readLoadedDataset(
  driver: Driver,
  cypher: CypherLoader,
  database: string,
): Promise<LoadSummary | undefined> {
  const result = await driver.executeQuery(
    cypher.load('ingest/read-dataset'),
    { dataset: CURATED_DATASET },
    { database, routing: 'READ' },
  );
  const record = result.records[0];
  if (!record) return undefined;
  const number = (key: string) => Number(record.get(key) ?? 0);
  return {
    version: String(record.get('version')),
    documents: number('documents'),
    sentences: number('sentences'),
    entities: number('entities'),
    relations: number('relations'),
    mentions: number('mentions'),
  };
}
