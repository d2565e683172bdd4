import neo4j from 'neo4j-driver';
import { linkKeyText } from '../domain/link-keys';
import type { EntityType, RelationType, RelationValueKey } from '../domain/ontology';
import type { QueryRunner, WriteStatements } from '../db/run-query';
import {
  DATASETS,
  encodeDataset,
  encodeDocument,
  encodeEntity,
  encodeMention,
  encodeRelation,
  encodeSentence,
  encodeTimelineEntry,
  linkedNames,
  sentenceId,
  spanProperties,
  toNumber,
  type Dataset,
  type DocumentInput,
  type EntityInput,
  type RelationInput,
  type SentenceInput,
  type DatasetSummary,
} from './model';

/** What loading the curated data writes: validated, with evidence and mentions placed in sentences. */
export interface CuratedGraphInput {
  documents: readonly (DocumentInput & { sentences: readonly SentenceInput[] })[];
  entities: readonly (EntityInput & { type: EntityType })[];
  relations: readonly (Omit<RelationInput, 'values'> & {
    type: RelationType;
    source: string;
    target: string;
    properties: Partial<Record<RelationValueKey, string>>;
  })[];
  mentions: readonly {
    entityId: string;
    documentId: string;
    sentenceIndex: number;
    start: number;
    end: number;
    text: string;
  }[];
}

/** What a load of the curated data wrote (the dataset record's counts). */
export type LoadSummary = DatasetSummary;

export type LoadStep =
  'unlink' | 'delete' | 'documents' | 'entities' | 'relations' | 'timeline' | 'mentions' | 'relink' | 'mark';

export interface LoadOptions {
  /** Called after each step, inside the transaction: throwing aborts the load and rolls it back. */
  onStep?: (step: LoadStep, detail: string) => void;
}

/**
 * What ingested documents and reviews draw on entities: drawn again from their records after the
 * entities were replaced. Each returns how many it drew, under the key given.
 */
/** What draws the relations of suggestions again (few: they run in any transaction). */
export const RELINK_RELATION_STATEMENTS = [
  ['generated/documents/relink-suggested-relations', 'relations'],
  ['generated/documents/relink-accepted-relations', 'relations'],
] as const;

export const RELINK_STATEMENTS = [
  ['generated/documents/relink-mentions', 'mentions'],
  ...RELINK_RELATION_STATEMENTS,
] as const;

/** The parameters of the load statements, encoded by the storage model (the benchmark loads with them too). */
export function toLoadRows(graph: CuratedGraphInput, dataset: Dataset = DATASETS.curated) {
  // Each sentence knows the relations it is evidence of (the reader marks them).
  const evidenceOf = new Map<string, string[]>();
  for (const relation of graph.relations) {
    for (const span of relation.evidence) {
      for (const index of span.sentenceIndexes) {
        const key = sentenceId(span.documentId, index);
        const relations = evidenceOf.get(key) ?? [];
        if (!relations.includes(relation.id)) relations.push(relation.id);
        evidenceOf.set(key, relations);
      }
    }
  }
  return {
    documents: graph.documents.map((document) => ({
      properties: encodeDocument(document, dataset),
      sentences: document.sentences.map((sentence) =>
        encodeSentence(
          document.id,
          sentence,
          dataset,
          undefined,
          evidenceOf.get(sentenceId(document.id, sentence.index)),
        ),
      ),
    })),
    entities: graph.entities.map((entity) => encodeEntity(entity, { dataset })),
    relations: graph.relations.map((relation) => ({
      type: relation.type,
      source: relation.source,
      target: relation.target,
      properties: encodeRelation({ ...relation, values: relation.properties }, dataset),
    })),
    timelineEntries: [
      ...graph.entities.map((entity) =>
        encodeTimelineEntry(
          { kind: 'ENTITY', id: entity.id },
          spanProperties(entity.start, entity.end, entity.id),
          dataset,
        ),
      ),
      ...graph.relations.map((relation) =>
        encodeTimelineEntry(
          {
            kind: 'RELATION',
            id: relation.id,
            type: relation.type,
            sourceId: relation.source,
            targetId: relation.target,
            assertion: relation.assertion?.kind,
          },
          spanProperties(relation.start, relation.end, relation.id),
          dataset,
        ),
      ),
    ].filter((entry) => entry !== null),
    mentions: graph.mentions.map((mention) => ({
      entityId: mention.entityId,
      sentenceId: sentenceId(mention.documentId, mention.sentenceIndex),
      properties: encodeMention(mention),
    })),
  };
}

async function count(tx: WriteStatements, name: string, parameters: Record<string, unknown>, key: string) {
  const [row] = await tx.run<Record<string, unknown>>(name, parameters);
  return Number(row?.[key] ?? 0);
}

/** The curated dataset: loading it, and which version the graph holds. */
export class CurationRepository {
  constructor(private readonly queries: QueryRunner) {}

  /**
   * Replaces the curated dataset in one write transaction: the previous graph is deleted and the new
   * one written, or, if anything fails on the way, the previous graph stays as it was. The mentions
   * of ingested documents are set aside before it and drawn again after it, in batches (their
   * sentences keep the lists they are drawn from), and the version is marked last: a load cut short
   * on the way is done again, whole, at the next start.
   * Loading the same graph twice writes the same graph again. `version` names the input it was
   * built from (see curatedFilesVersion).
   */
  async load(graph: CuratedGraphInput, version: string, { onStep = () => {} }: LoadOptions = {}): Promise<LoadSummary> {
    const rows = toLoadRows(graph);
    const dataset = DATASETS.curated;
    // Ingested documents' mentions of curated entities go first, in batches: deleting hundreds of
    // thousands with the entities would take more memory than one transaction may hold.
    const [unlinked] = await this.queries.writeInBatches<{ mentions: unknown }>(
      'generated/documents/unlink-curated-mentions',
      { dataset },
    );
    onStep('unlink', `${toNumber(unlinked?.mentions)} mentions of ingested documents set aside`);
    const loaded = await this.queries.write(async (tx) => {
      const deleted = await count(tx, 'ingest/delete-dataset', { dataset }, 'deleted');
      onStep('delete', `${deleted} nodes of the previous version removed`);
      const sentences = await count(tx, 'ingest/create-documents', { documents: rows.documents }, 'sentences');
      onStep('documents', `${rows.documents.length} documents, ${sentences} sentences`);
      const entities = await count(tx, 'ingest/create-entities', { entities: rows.entities }, 'entities');
      onStep('entities', `${entities} entities`);
      const relations = await count(tx, 'ingest/create-relations', { relations: rows.relations }, 'relations');
      if (relations !== rows.relations.length) {
        throw new Error(`wrote ${relations} of ${rows.relations.length} relations: an endpoint is missing`);
      }
      onStep('relations', `${relations} relations`);
      const entries = await count(tx, 'ingest/create-timeline-entries', { entries: rows.timelineEntries }, 'entries');
      onStep('timeline', `${entries} timeline entries`);
      const mentions = await count(tx, 'ingest/create-mentions', { mentions: rows.mentions }, 'mentions');
      onStep('mentions', `${mentions} mentions`);
      // Deleting the curated entities took with them what ingested documents and reviews tied to
      // them: mentions, suggested and accepted relations. Their records are kept; draw them again.
      const relinked: number[] = [];
      for (const [name, key] of RELINK_RELATION_STATEMENTS)
        relinked.push(await count(tx, name, { documentId: null }, key));
      const summary: LoadSummary = {
        version,
        documents: rows.documents.length,
        sentences,
        entities,
        relations,
        mentions,
      };
      return { summary, relinked };
    });
    // The mentions of ingested documents may number hundreds of thousands, more than one
    // transaction holds: they are drawn in batches, and the graph is marked with its version only
    // after, so that a reload cut short is done again, whole, at the next start.
    const [drawn] = await this.queries.writeInBatches<{ mentions: unknown }>('generated/documents/relink-all-mentions');
    onStep(
      'relink',
      `${toNumber(drawn?.mentions)}, ${loaded.relinked.join(', ')} mentions, suggested and accepted relations of ingested documents`,
    );
    await this.queries.write(async (tx) => {
      await tx.run('ingest/mark-dataset', {
        properties: encodeDataset(dataset, loaded.summary, new Date().toISOString()),
      });
      await tx.run('generated/system/bump-graph-version');
    });
    onStep('mark', `version ${version}`);
    return loaded.summary;
  }

  /** The version of the link keys every entity holds, or null before they were first made. */
  async linkKeysVersion(): Promise<string | null> {
    const [row] = await this.queries.read<{ version: string | null }>('system/link-keys-version');
    return row?.version ?? null;
  }

  /**
   * Gives link keys to up to `limit` entities after id `after` (in id order): those that have none
   * (written before link keys were stored), or with `everyEntity` all of them (keys made another
   * way before). Returns how many it wrote and the last id, to go on from.
   */
  async writeLinkKeys(
    after: string,
    limit: number,
    everyEntity: boolean,
  ): Promise<{ written: number; last: string | null }> {
    const rows = await this.queries.read<{
      id: string;
      name: string;
      germanName: string | null;
      aliases: string[] | null;
    }>('documents/entities-for-link-keys', { after, limit: neo4j.int(limit), everyEntity });
    if (rows.length === 0) return { written: 0, last: null };
    await this.queries.write((tx) =>
      tx.run('documents/write-link-keys', {
        rows: rows.map((row) => ({
          id: row.id,
          linkKeyText: linkKeyText(
            linkedNames({ name: row.name, germanName: row.germanName, aliases: row.aliases ?? [] }),
          ),
        })),
      }),
    );
    return { written: rows.length, last: rows.at(-1)!.id };
  }

  async recordLinkKeysVersion(version: string): Promise<void> {
    await this.queries.write((tx) => tx.run('system/record-link-keys-version', { version }));
  }

  /** The version and counts of the curated dataset in the graph, or undefined when there is none. */
  async loaded(): Promise<LoadSummary | undefined> {
    const [row] = await this.queries.read<Record<keyof LoadSummary, unknown>>('ingest/read-dataset', {
      dataset: DATASETS.curated,
    });
    if (!row) return undefined;
    const number = (value: unknown) => toNumber(value ?? 0);
    return {
      version: String(row.version),
      documents: number(row.documents),
      sentences: number(row.sentences),
      entities: number(row.entities),
      relations: number(row.relations),
      mentions: number(row.mentions),
    };
  }
}
