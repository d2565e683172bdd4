/**
 * Scores the extraction pipeline against the curated annotations: runs it over the corpus as if
 * it were a new document, with the curated entities as the known ones, and compares
 *   - mention linking: (entity, sentence, start, end) against the curated mentions;
 *   - relation suggestions: (type, source, target). A suggestion is right when the curated graph
 *     holds that relation (stated or inferred). Recall counts the curated relations the pipeline
 *     could find: stated (not inferred) and with both ends named in one of their evidence
 *     sentences, since it reads one sentence at a time and resolves no pronouns. Recall over every
 *     stated relation is reported beside it.
 */
import { RELATION_TYPE_NAMES, type EntityType } from '../domain/ontology';
import type { CuratedGraph } from '../ingest/curated-graph';
import { extractDocument } from './extract-document';
import { KnownEntityLinker, type KnownEntity } from './link-known-entities';

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScores {
  mentions: Score;
  relations: Score;
  relationsByType: { type: string; score: Score }[];
  /** Recall over every stated relation, whether or not one sentence names both its ends. */
  statedRecall: { found: number; stated: number; recall: number };
}

export function score(truePositives: number, predicted: number, gold: number, found = truePositives): Score {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** The curated entities as the pipeline knows entities: names, type and related entities. */
export function knownEntitiesOf(graph: CuratedGraph): KnownEntity[] {
  const neighbours = new Map<string, Set<string>>();
  for (const relation of graph.relations) {
    for (const [a, b] of [
      [relation.source, relation.target],
      [relation.target, relation.source],
    ] as const) {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  return graph.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    names: [entity.name, ...(entity.germanName ? [entity.germanName] : []), ...entity.aliases],
    neighbours: [...(neighbours.get(entity.id) ?? [])],
  }));
}

export function evaluateExtraction(graph: CuratedGraph): ExtractionScores {
  const known = knownEntitiesOf(graph);
  const linker = new KnownEntityLinker(known);
  const types = new Map<string, EntityType>(known.map((entity) => [entity.id, entity.type]));
  let mentionHits = 0;
  let mentionsPredicted = 0;
  const relationKey = (type: string, source: string, target: string): string => `${type}|${source}|${target}`;
  const curated = new Set(graph.relations.map((r) => relationKey(r.type, r.source, r.target)));
  const stated = graph.relations.filter((r) => !r.inferred);
  const suggested = new Map<string, string>();
  const namedIn = new Map<string, Set<string>>(); // "documentId|sentenceIndex" -> entity ids

  for (const document of graph.documents) {
    const extraction = extractDocument(document.text, document.language === 'en' ? 'en' : 'de', linker, types);
    const gold = new Set(
      graph.mentions
        .filter((mention) => mention.documentId === document.id)
        .map((mention) => `${mention.entityId}|${mention.sentenceIndex}|${mention.start}|${mention.end}`),
    );
    mentionsPredicted += extraction.mentions.length;
    for (const mention of graph.mentions.filter((m) => m.documentId === document.id)) {
      const key = `${document.id}|${mention.sentenceIndex}`;
      namedIn.set(key, (namedIn.get(key) ?? new Set()).add(mention.entityId));
    }
    for (const mention of extraction.mentions) {
      if (gold.has(`${mention.entityId}|${mention.sentenceIndex}|${mention.start}|${mention.end}`)) mentionHits += 1;
    }
    for (const relation of extraction.relations) {
      if (relation.sourceId && relation.targetId) {
        suggested.set(relationKey(relation.relationType, relation.sourceId, relation.targetId), relation.relationType);
      } else {
        suggested.set(`${relation.key}|new`, relation.relationType);
      }
    }
  }
  const goldMentions = graph.mentions.length;
  const local = stated.filter((r) =>
    r.evidence.some((e) =>
      e.sentenceIndexes.some((index) => {
        const named = namedIn.get(`${e.documentId}|${index}`);
        return named?.has(r.source) && named.has(r.target);
      }),
    ),
  );
  const isFound = (r: { type: string; source: string; target: string }): boolean =>
    suggested.has(relationKey(r.type, r.source, r.target));
  const byType = (type: string | null): Score => {
    const ofType = (t: string): boolean => type === null || t === type;
    const predicted = [...suggested].filter(([, t]) => ofType(t));
    const right = predicted.filter(([key]) => curated.has(key)).length;
    const gold = local.filter((r) => ofType(r.type));
    const found = gold.filter(isFound).length;
    return score(right, predicted.length, gold.length, found);
  };
  return {
    mentions: score(mentionHits, mentionsPredicted, goldMentions),
    relations: byType(null),
    relationsByType: RELATION_TYPE_NAMES.map((type) => ({ type, score: byType(type) })).filter(
      ({ score: s }) => s.predicted > 0 || s.gold > 0,
    ),
    statedRecall: {
      found: stated.filter(isFound).length,
      stated: stated.length,
      recall: stated.length === 0 ? 0 : stated.filter(isFound).length / stated.length,
    },
  };
}
