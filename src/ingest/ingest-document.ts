/**
 * A new document into the graph: the extraction pipeline (src/extract) over its text, against
 * every entity the graph knows, then one write transaction (DocumentRepository.replace) that
 * replaces the document's previous version (sentences, mentions, pending suggestions) with the new
 * one. Suggestions are stored apart from curated facts, as :Suggestion nodes, plus a SUGGESTED
 * relation where both ends are known. The CLI and the mutation both run this, with the same
 * defaults.
 */
import { createHash } from 'node:crypto';
import type { HistoricalDate } from '../domain/historical-date';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { groupBySentence, type Extraction } from '../extract/extract-document';
import { extractInThisThread, type Extractor } from '../extract/extraction-job';
import { dateOfSentence } from '../extract/find-dates';
import type { EncodedDocument } from '../graph/document.repository';
import {
  DATASETS,
  encodeDocument,
  encodeEntitySuggestion,
  encodeRelationSuggestion,
  encodeSentence,
  type StoredProperties,
  type SuggestionEvidence,
  type SuggestionProperty,
} from '../graph/model';
import type { Repositories } from '../graph/repositories';
import { checkDocumentInput, type CheckedDocument, type DocumentInput } from './document-input';

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
  /** Sentences too long to look for new names and relations in: their mentions are linked, nothing more. */
  unminedSentences: number;
}

export type IngestProgress = (line: string) => void;

function suggestionId(documentId: string, key: string): string {
  return createHash('sha256').update(`${documentId}\u0000${key}`).digest('hex').slice(0, 20);
}

/** What the repository writes: the document and its sentences, and the suggestions, as the storage model encodes them. */
export function toDocumentRows(
  document: { id: string; title: string; language: string; text: string },
  extraction: Extraction,
  reviewedKeys: ReadonlySet<string>,
  knownRelationKeys: ReadonlySet<string> = new Set(),
  now: string = new Date().toISOString(),
): {
  document: EncodedDocument;
  suggestions: StoredProperties<SuggestionProperty>[];
  counts: { entities: number; relations: number; alreadyReviewed: number; alreadyKnown: number };
} {
  const mentionsIn = groupBySentence(extraction.mentions);
  const sentences = extraction.sentences.map((sentence) =>
    encodeSentence(document.id, sentence, DATASETS.ingested, mentionsIn.get(sentence.index) ?? []),
  );
  const evidenceOf = (
    sentenceIndex: number,
    quote: string,
    offset: number,
    date: HistoricalDate | null,
  ): SuggestionEvidence => {
    const sentence = extraction.sentences[sentenceIndex]!;
    return {
      documentId: document.id,
      sentenceIndex,
      quote,
      quoteStart: sentence.start + offset,
      quoteEnd: sentence.start + offset + quote.length,
      date,
    };
  };
  const entities = extraction.entities
    .filter((proposal) => !reviewedKeys.has(proposal.key))
    .map((proposal) => {
      const first = proposal.occurrences.find((o) => o.sentenceIndex === proposal.evidence.sentenceIndex)!;
      return encodeEntitySuggestion(
        {
          id: suggestionId(document.id, proposal.key),
          key: proposal.key,
          confidence: proposal.confidence,
          rule: proposal.rule,
          name: proposal.name,
          entityType: proposal.entityType,
          occurrences: proposal.occurrences,
          evidence: evidenceOf(
            proposal.evidence.sentenceIndex,
            proposal.name,
            first.start,
            dateOfSentence(extraction.sentences[proposal.evidence.sentenceIndex]!.text, extraction.language),
          ),
        },
        now,
      );
    });
  const relations = extraction.relations
    .filter((proposal) => !reviewedKeys.has(proposal.key) && !knownRelationKeys.has(proposal.key))
    .map((proposal) =>
      encodeRelationSuggestion(
        {
          id: suggestionId(document.id, proposal.key),
          key: proposal.key,
          confidence: proposal.confidence,
          rule: proposal.rule,
          relationType: proposal.relationType,
          sourceId: proposal.sourceId,
          targetId: proposal.targetId,
          sourceName: proposal.sourceName,
          targetName: proposal.targetName,
          evidence: evidenceOf(proposal.evidence.sentenceIndex, proposal.evidence.quote, 0, proposal.date),
        },
        now,
      ),
    );
  return {
    document: { properties: encodeDocument(document, DATASETS.ingested, now), sentences },
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
  repositories: Pick<Repositories, 'documents' | 'suggestions' | 'graphVersion'>,
  input: DocumentInput,
  progress: IngestProgress = () => undefined,
  extract: Extractor = extractInThisThread,
): Promise<IngestReport> {
  const document = checkDocumentInput(input);
  return repositories.documents.exclusively(document.id, () =>
    ingestChecked(repositories, document, progress, extract),
  );
}

async function ingestChecked(
  repositories: Pick<Repositories, 'documents' | 'suggestions' | 'graphVersion'>,
  document: CheckedDocument,
  progress: IngestProgress,
  extract: Extractor,
): Promise<IngestReport> {
  const { documents, suggestions } = repositories;
  const taken = await documents.idInUse(document.id);
  if (taken.dataset !== null && taken.dataset !== DATASETS.ingested) {
    throw new BadUserInputError(
      `input.id "${document.id}" is the id of a curated document; choose another id`,
      'input.id',
    );
  }
  if (taken.entity) {
    throw new BadUserInputError(
      `input.id "${document.id}" is the id of an entity (ids are unique across entities and documents); choose another id`,
      'input.id',
    );
  }
  progress('Finding the entities the text may name...');
  const keys = await extract.linkKeys(document.text);
  const [known, reviewedKeys] = await Promise.all([documents.linkCandidates(keys), suggestions.reviewedKeys()]);
  progress(
    `Extracting from ${document.text.length} characters, against the ${known.length} known entities whose names begin as its words or word pairs do...`,
  );
  const outcome = await extract.extract({ text: document.text, language: document.language, known });
  if ('refused' in outcome) {
    throw new BadUserInputError(
      `${outcome.refused}: split it into several documents; nothing was written`,
      'input.text',
    );
  }
  const { extraction } = outcome;
  progress(
    `  ${extraction.sentences.length} sentences, ${extraction.mentions.length} mentions, ${extraction.entities.length} new names, ${extraction.relations.length} relations`,
  );
  const held = await documents.existingRelationKeys(
    extraction.relations.flatMap(({ key, relationType, sourceId, targetId }) =>
      sourceId !== null && targetId !== null ? [{ key, relationType, sourceId, targetId }] : [],
    ),
  );
  const rows = toDocumentRows(document, extraction, reviewedKeys, held);

  progress('Writing in one transaction...');
  await documents.replace(document.id, rows.document, rows.suggestions);
  await repositories.graphVersion.refresh();
  return {
    documentId: document.id,
    sentences: extraction.sentences.length,
    mentions: extraction.mentions.length,
    ambiguousMentions: extraction.ambiguous.length,
    suggestedEntities: rows.counts.entities,
    suggestedRelations: rows.counts.relations,
    alreadyReviewed: rows.counts.alreadyReviewed,
    alreadyKnown: rows.counts.alreadyKnown,
    unminedSentences: extraction.unminedSentences,
  };
}
