import neo4j from 'neo4j-driver';
import { isEntityType, type EntityType } from '../domain/ontology';
import type { SourceDescription } from '../domain/source-description';
import type { QueryRunner } from '../db/run-query';
import { ConflictError } from '../errors/conflict.error';
import { RELINK_STATEMENTS } from './curation.repository';
import { keysetParameters, type Keyed, type PageRequest } from './keyset-page';
import {
  linkedNames,
  toEntity,
  toNumber,
  type DocumentProperty,
  type EntityRecord,
  type SentenceProperty,
  type StoredProperties,
  type SuggestionProperty,
} from './model';

export interface DocumentRecord {
  id: string;
  title: string;
  language: string;
  /** True for the corpus the curated annotations describe; false for ingested documents. */
  curated: boolean;
  note: string | null;
  /** What the text is, and what is known of its original (for the curated corpus). */
  source: SourceDescription | null;
  sentenceCount: number;
}

export interface SentenceRecord {
  index: number;
  paragraph: number;
  text: string;
  kind: string;
  /** The ids of the curated relations whose evidence it is (none for an ingested document's). */
  evidenceOf: string[];
}

/** How many link keys one read of the link candidates asks for (the corpus repeated to 1 MB has 9,342). */
const LINK_KEYS_PER_READ = 5_000;

/** An entity as the extraction pipeline needs it: its names, and whom it has relations with. */
export interface KnownEntityRecord {
  id: string;
  type: EntityType;
  names: string[];
  /** The ids of up to 50 entities it has (curated or reviewed) relations with. */
  neighbours: string[];
}

/** An ingested document as the storage model encoded it, ready to be written. */
export interface EncodedDocument {
  properties: StoredProperties<DocumentProperty>;
  sentences: StoredProperties<SentenceProperty>[];
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
    source:
      typeof document.sourceKind === 'string'
        ? {
            kind: document.sourceKind,
            translatedFrom: typeof document.translatedFrom === 'string' ? document.translatedFrom : null,
            original: typeof document.original === 'string' ? document.original : '',
            known: Array.isArray(document.knownOfOriginal) ? (document.knownOfOriginal as string[]) : [],
            unknown: Array.isArray(document.unknownOfOriginal) ? (document.unknownOfOriginal as string[]) : [],
          }
        : null,
    sentenceCount: toNumber(sentences),
  };
}

/** Documents (curated and ingested), their sentences and the mentions linked in them. */
/**
 * How many sentences one write-sentences statement carries: the driver packs them in one go on the
 * event loop, 1,000 of a 1 MB document's in 30-90 ms (measured), which other requests wait for.
 */
const SENTENCES_PER_STATEMENT = 250;

/** Neo4j's codes for two transactions that wrote the same document at once. */
const CONCURRENT_WRITE = /ConstraintValidationFailed|DeadlockDetected/;

function concurrentIngest(id: string): ConflictError {
  return new ConflictError(
    `document "${id}" is being ingested by another request at the same time; wait for it to finish, then ingest again if needed`,
    'input.id',
  );
}

export class DocumentRepository {
  /** Ids being ingested by this process: a second ingest of one of them is refused at once. */
  private readonly ingesting = new Set<string>();

  constructor(private readonly queries: QueryRunner) {}

  /**
   * Runs `work` (an ingest of `id`, from its first read to its write) as the only one of `id` in
   * this process; another gets CONFLICT. replace() catches the race between processes.
   */
  async exclusively<T>(id: string, work: () => Promise<T>): Promise<T> {
    if (this.ingesting.has(id)) throw concurrentIngest(id);
    this.ingesting.add(id);
    try {
      return await work();
    } finally {
      this.ingesting.delete(id);
    }
  }

  /** Documents by id: the first `limit` after the id `after` (null: from the first). */
  async list(after: string | null, limit: number): Promise<DocumentRecord[]> {
    const rows = await this.queries.read<{ document: Row; sentences: unknown }>('documents/documents', {
      after,
      limit: neo4j.int(limit),
    });
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
          evidenceOf: Array.isArray(sentence.evidenceOf) ? sentence.evidenceOf.map(String) : [],
        },
        key: [index],
      };
    });
  }

  /** Whether a document has this id (and of which dataset), and whether an entity has it. */
  async idInUse(id: string): Promise<{ dataset: string | null; entity: boolean }> {
    const [row] = await this.queries.read<{ dataset: string | null; entity: boolean }>('documents/document-dataset', {
      id,
    });
    return { dataset: row?.dataset ?? null, entity: row?.entity ?? false };
  }

  /**
   * The entities a text may name, as the extraction pipeline links names to them: those with a
   * name whose link key is one of `keys` (the text's, src/domain/link-keys.ts), asked for
   * LINK_KEYS_PER_READ keys at a time. However large the graph, only these are read.
   */
  async linkCandidates(keys: readonly string[]): Promise<KnownEntityRecord[]> {
    const found = new Map<string, KnownEntityRecord>();
    for (let at = 0; at < keys.length; at += LINK_KEYS_PER_READ) {
      const rows = await this.queries.read<{
        id: string;
        type: string;
        name: string;
        germanName: string | null;
        aliases: string[] | null;
        neighbours: string[];
      }>('documents/link-candidates', { keys: keys.slice(at, at + LINK_KEYS_PER_READ) });
      for (const row of rows) {
        if (found.has(row.id) || !isEntityType(row.type)) continue;
        found.set(row.id, {
          id: row.id,
          type: row.type,
          names: linkedNames({ name: row.name, germanName: row.germanName, aliases: row.aliases ?? [] }),
          neighbours: row.neighbours,
        });
      }
    }
    return [...found.values()];
  }

  /** The keys of the proposed relations that the graph already holds as curated or accepted facts. */
  async existingRelationKeys(
    proposals: readonly { key: string; relationType: string; sourceId: string; targetId: string }[],
  ): Promise<Set<string>> {
    const [row] = await this.queries.read<{ keys: string[] }>('documents/existing-relations', {
      proposals: [...proposals],
    });
    return new Set(row?.keys ?? []);
  }

  /**
   * Writes an ingested document's new version in one transaction: its previous sentences, mentions
   * and pending suggestions go, the new ones come, the relationships drawn from them are drawn, and
   * the graph's version is raised. Everything, or nothing.
   */
  async replace(
    id: string,
    document: EncodedDocument,
    suggestions: readonly StoredProperties<SuggestionProperty>[],
  ): Promise<void> {
    try {
      await this.queries.write(async (tx) => {
        await tx.run('documents/delete-document-version', { id });
        await tx.run('documents/write-document', { document: document.properties });
        // In batches: the driver encodes a statement's parameters in one go, on the event loop.
        for (let start = 0; start < document.sentences.length; start += SENTENCES_PER_STATEMENT) {
          const sentences = document.sentences.slice(start, start + SENTENCES_PER_STATEMENT);
          await tx.run('documents/write-sentences', { documentId: id, sentences });
        }
        await tx.run('documents/write-suggestions', { documentId: id, suggestions: [...suggestions] });
        for (const [name] of RELINK_STATEMENTS) await tx.run(name, { documentId: id });
        await tx.run('generated/system/bump-graph-version');
      });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && CONCURRENT_WRITE.test(code)) throw concurrentIngest(id);
      throw error;
    }
  }

  /** The mentions in the sentences `fromSentence` to `toSentence` (both included), in text order. */
  async mentions(id: string, fromSentence: number, toSentence: number, limit: number): Promise<MentionRecord[]> {
    const rows = await this.queries.read<Row & { entity: Row }>('documents/document-mentions', {
      id,
      fromSentence: neo4j.int(fromSentence),
      toSentence: neo4j.int(toSentence),
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
