import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/run-query';
import { toEntity, toNumber, type EntityRecord } from './graph-records';
import { keysetParameters, type Keyed, type PageRequest } from './keyset-page';

export interface DocumentRecord {
  id: string;
  title: string;
  language: string;
  /** True for the corpus the curated annotations describe; false for ingested documents. */
  curated: boolean;
  note: string | null;
  sentenceCount: number;
}

export interface SentenceRecord {
  index: number;
  paragraph: number;
  text: string;
  kind: string;
}

export interface MentionRecord {
  entity: EntityRecord;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
}

type Row = Record<string, unknown>;

function toDocument(document: Row, sentences: unknown): DocumentRecord {
  return {
    id: String(document.id),
    title: String(document.title),
    language: String(document.language),
    curated: document.dataset === 'curated',
    note: typeof document.note === 'string' ? document.note : null,
    sentenceCount: toNumber(sentences),
  };
}

/** Documents (curated and ingested), their sentences and the mentions linked in them. */
export class DocumentRepository {
  constructor(private readonly queries: QueryRunner) {}

  async all(): Promise<DocumentRecord[]> {
    const rows = await this.queries.read<{ document: Row; sentences: unknown }>('documents/documents');
    return rows.map((row) => toDocument(row.document, row.sentences));
  }

  async byIds(ids: readonly string[]): Promise<Map<string, DocumentRecord>> {
    const rows = await this.queries.read<{ document: Row; sentences: unknown }>('documents/documents-by-id', {
      ids: [...ids],
    });
    return new Map(rows.map((row) => [String(row.document.id), toDocument(row.document, row.sentences)]));
  }

  /** One page of a document's sentences in text order, as fetched (see PageRequest). */
  async sentences(id: string, page: PageRequest): Promise<Keyed<SentenceRecord>[]> {
    const rows = await this.queries.read<{ sentence: Row }>('documents/document-sentences', {
      id,
      ...keysetParameters(page),
    });
    return rows.map(({ sentence }) => {
      const index = toNumber(sentence.index);
      return {
        item: {
          index,
          paragraph: toNumber(sentence.paragraph),
          text: String(sentence.text),
          kind: String(sentence.kind),
        },
        key: [index],
      };
    });
  }

  async mentions(id: string, limit: number): Promise<MentionRecord[]> {
    const rows = await this.queries.read<Row & { entity: Row }>('documents/document-mentions', {
      id,
      limit: neo4j.int(limit),
    });
    return rows.map((row) => ({
      entity: toEntity(row.entity),
      sentenceIndex: toNumber(row.sentenceIndex),
      start: toNumber(row.start),
      end: toNumber(row.end),
      text: String(row.text),
    }));
  }
}
