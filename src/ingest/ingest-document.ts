/**
 * A new document into the graph: the extraction pipeline (src/extract) over its text, against
 * every entity the graph knows, then one write transaction that replaces the document's previous
 * version (sentences, mentions, pending suggestions) with the new one. Suggestions are stored apart
 * from curated facts, as :Suggestion nodes, plus a SUGGESTED relationship where both ends are known.
 */
import { createHash } from 'node:crypto';
import { nameKey } from '../domain/name-keys';
import { isEntityType, type EntityType } from '../domain/ontology';
import type { HistoricalDate } from '../domain/historical-date';
import type { QueryRunner } from '../db/run-query';
import { BadUserInputError } from '../errors/bad-user-input.error';
import {
  extractDocument,
  groupBySentence,
  type Extraction,
  type ExtractionProgress,
} from '../extract/extract-document';
import { KnownEntityLinker, type KnownEntity } from '../extract/link-known-entities';
import { checkDocumentInput, type DocumentInput } from './document-input';
import { dateProperties, RELINK_STATEMENTS, sentenceId, spanProperties } from './load-curated-graph';

export interface IngestReport {
  documentId: string;
  sentences: number;
  mentions: number;
  /** Names that fit several known entities, which context could not settle: left unlinked. */
  ambiguousMentions: number;
  suggestedEntities: number;
  suggestedRelations: number;
  /** Proposals left out because a person already accepted or rejected the same one. */
  alreadyReviewed: number;
  /** Relations left out because the graph already holds them. */
  alreadyKnown: number;
}

export type IngestProgress = (line: string) => void;

/** A year the sentence names, when it names exactly one (1500-1999): the date of what it states. */
export function yearOf(sentence: string): HistoricalDate | null {
  const years = new Set(sentence.match(/(?<!\d)1[5-9]\d\d(?!\d)/g) ?? []);
  if (years.size !== 1) return null;
  const [year] = years;
  return { iso: year!, precision: 'YEAR' };
}

function suggestionId(documentId: string, key: string): string {
  return createHash('sha256').update(`${documentId}\u0000${key}`).digest('hex').slice(0, 20);
}

async function knownEntities(queries: QueryRunner): Promise<KnownEntity[]> {
  const rows = await queries.read<{
    id: string;
    type: string;
    name: string;
    germanName: string | null;
    aliases: string[] | null;
    neighbours: string[];
  }>('documents/known-entities');
  return rows
    .filter((row): row is typeof row & { type: EntityType } => isEntityType(row.type))
    .map((row) => ({
      id: row.id,
      type: row.type,
      names: [row.name, ...(row.germanName ? [row.germanName] : []), ...(row.aliases ?? [])],
      neighbours: row.neighbours,
    }));
}

/** The rows the write statements take. */
export function toDocumentRows(
  document: { id: string; title: string; language: string; text: string },
  extraction: Extraction,
  reviewedKeys: ReadonlySet<string>,
  knownRelationKeys: ReadonlySet<string> = new Set(),
) {
  const mentionsIn = groupBySentence(extraction.mentions);
  const sentences = extraction.sentences.map((sentence) => {
    const mentions = mentionsIn.get(sentence.index) ?? [];
    return {
      ...sentence,
      id: sentenceId(document.id, sentence.index),
      mentionEntityIds: mentions.map((mention) => mention.entityId),
      mentionStarts: mentions.map((mention) => mention.start),
      mentionEnds: mentions.map((mention) => mention.end),
    };
  });
  const sentenceAt = (index: number) => extraction.sentences[index]!;
  const evidenceOf = (sentenceIndex: number, quote: string, offset: number) => {
    const sentence = sentenceAt(sentenceIndex);
    const date = yearOf(sentence.text);
    return {
      sentenceIndex,
      sentenceId: sentenceId(document.id, sentenceIndex),
      quote,
      quoteStart: sentence.start + offset,
      quoteEnd: sentence.start + offset + quote.length,
      ...dateProperties('start', date),
      ...spanProperties(date, null),
    };
  };
  const entities = extraction.entities
    .filter((proposal) => !reviewedKeys.has(proposal.key))
    .map((proposal) => {
      const first = proposal.occurrences.find((o) => o.sentenceIndex === proposal.evidence.sentenceIndex)!;
      return {
        id: suggestionId(document.id, proposal.key),
        key: proposal.key,
        kind: 'ENTITY',
        confidence: proposal.confidence,
        name: proposal.name,
        nameKey: nameKey(proposal.name),
        entityType: proposal.entityType,
        occurrenceSentenceIds: proposal.occurrences.map((o) => sentenceId(document.id, o.sentenceIndex)),
        occurrenceStarts: proposal.occurrences.map((o) => o.start),
        occurrenceEnds: proposal.occurrences.map((o) => o.end),
        ...evidenceOf(proposal.evidence.sentenceIndex, proposal.name, first.start),
      };
    });
  const relations = extraction.relations
    .filter((proposal) => !reviewedKeys.has(proposal.key) && !knownRelationKeys.has(proposal.key))
    .map((proposal) => ({
      id: suggestionId(document.id, proposal.key),
      key: proposal.key,
      kind: 'RELATION',
      confidence: proposal.confidence,
      relationType: proposal.relationType,
      sourceId: proposal.sourceId,
      targetId: proposal.targetId,
      sourceName: proposal.sourceName,
      targetName: proposal.targetName,
      sourceNameKey: nameKey(proposal.sourceName),
      targetNameKey: nameKey(proposal.targetName),
      ...evidenceOf(proposal.evidence.sentenceIndex, proposal.evidence.quote, 0),
    }));
  return {
    document: { ...document, sentences },
    suggestions: [...entities, ...relations],
    counts: {
      entities: entities.length,
      relations: relations.length,
      alreadyReviewed:
        extraction.entities.filter((proposal) => reviewedKeys.has(proposal.key)).length +
        extraction.relations.filter((proposal) => reviewedKeys.has(proposal.key)).length,
      alreadyKnown: extraction.relations.filter(
        (proposal) => !reviewedKeys.has(proposal.key) && knownRelationKeys.has(proposal.key),
      ).length,
    },
  };
}

/**
 * Ingests one document. Bad input (see document-input.ts) and an id of a curated document are
 * refused before anything is written; everything else is written in one transaction or not at all.
 */
export async function ingestDocument(
  queries: QueryRunner,
  input: DocumentInput,
  progress: IngestProgress = () => undefined,
): Promise<IngestReport> {
  const document = checkDocumentInput(input);
  const [existing] = await queries.read<{ dataset: string | null; entity: boolean }>('documents/document-dataset', {
    id: document.id,
  });
  if (existing?.dataset && existing.dataset !== 'ingested') {
    throw new BadUserInputError(
      `input.id "${document.id}" is the id of a curated document; choose another id`,
      'input.id',
    );
  }
  if (existing?.entity) {
    throw new BadUserInputError(
      `input.id "${document.id}" is the id of an entity (ids are unique across entities and documents); choose another id`,
      'input.id',
    );
  }
  progress('Reading the entities the graph knows...');
  const known = await knownEntities(queries);
  const [{ keys } = { keys: [] }] = await queries.read<{ keys: string[] }>('documents/reviewed-suggestion-keys');
  const linker = new KnownEntityLinker(known);
  const types = new Map(known.map((entity) => [entity.id, entity.type]));
  const stages: ExtractionProgress = (stage, count) => progress(`  ${stage}: ${count}`);
  progress(`Extracting from ${document.text.length} characters (${known.length} known entities)...`);
  const extraction = extractDocument(document.text, document.language, linker, types, stages);
  const proposals = extraction.relations
    .filter((proposal) => proposal.sourceId !== null && proposal.targetId !== null)
    .map(({ key, relationType, sourceId, targetId }) => ({ key, relationType, sourceId, targetId }));
  const [{ keys: held } = { keys: [] }] = await queries.read<{ keys: string[] }>('documents/existing-relations', {
    proposals,
  });
  const rows = toDocumentRows(document, extraction, new Set(keys), new Set(held));

  progress('Writing in one transaction...');
  await queries.write(async (tx) => {
    await tx.run('documents/delete-document-version', { id: document.id });
    await tx.run('documents/write-document', { document: rows.document });
    await tx.run('documents/write-suggestions', { documentId: document.id, suggestions: rows.suggestions });
    for (const [name] of RELINK_STATEMENTS) await tx.run(name, { documentId: document.id });
    await tx.run('system/bump-graph-version');
  });
  return {
    documentId: document.id,
    sentences: extraction.sentences.length,
    mentions: extraction.mentions.length,
    ambiguousMentions: extraction.ambiguous.length,
    suggestedEntities: rows.counts.entities,
    suggestedRelations: rows.counts.relations,
    alreadyReviewed: rows.counts.alreadyReviewed,
    alreadyKnown: rows.counts.alreadyKnown,
  };
}
