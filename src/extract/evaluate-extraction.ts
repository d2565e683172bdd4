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
import { nameKey } from '../domain/name-keys';
import { RELATION_TYPE_NAMES, type EntityType } from '../domain/ontology';
import { linkedNames } from '../graph/model';
import type { CuratedGraph } from '../ingest/curated-graph';
import { extractDocument } from './extract-document';
import { escapeRegExp } from '../nlp/link-mentions';
import type { Language } from '../nlp/words';
import { KnownEntityLinker, type KnownEntity } from './link-known-entities';
import type { EvalText } from './read-eval-texts';

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  /** The gold items found (where one item may be predicted more than once, fewer than truePositives). */
  found: number;
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
  return { truePositives, predicted, gold, found, precision, recall, f1 };
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
    names: linkedNames(entity),
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

/** How the pipeline did on one held-out text, or on all of them. */
export interface HeldOutScores {
  mentions: Score;
  newEntities: Score;
  relations: Score;
  /** Of the gold relations found, how many carry the gold date (none where the gold has none). */
  dates: { right: number; found: number };
}

export interface HeldOutReport {
  total: HeldOutScores;
  /** The texts that guided changes to the rules, and those kept blind. */
  guided: HeldOutScores;
  blind: HeldOutScores | null;
  byText: { id: string; title: string; language: Language; blind: boolean; scores: HeldOutScores }[];
  /** What the pipeline got wrong or missed, for the person improving it. */
  misses: string[];
}

/** The gold mentions: every whole-word occurrence of each string, longer strings first. */
function goldMentionSpans(text: EvalText): { entityId: string; start: number; end: number }[] {
  const spans: { entityId: string; start: number; end: number }[] = [];
  const strings = [...text.mentions].sort(([a], [b]) => b.length - a.length);
  for (const [surface, entityId] of strings) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const found of text.text.matchAll(pattern)) {
      const span = { entityId, start: found.index, end: found.index + surface.length };
      if (!spans.some((other) => span.start < other.end && span.end > other.start)) spans.push(span);
    }
  }
  return spans;
}

function addScores(scores: readonly HeldOutScores[]): HeldOutScores {
  const sum = (pick: (s: HeldOutScores) => Score): Score =>
    score(
      scores.reduce((n, s) => n + pick(s).truePositives, 0),
      scores.reduce((n, s) => n + pick(s).predicted, 0),
      scores.reduce((n, s) => n + pick(s).gold, 0),
      scores.reduce((n, s) => n + pick(s).found, 0),
    );
  return {
    mentions: sum((s) => s.mentions),
    newEntities: sum((s) => s.newEntities),
    relations: sum((s) => s.relations),
    dates: {
      right: scores.reduce((n, s) => n + s.dates.right, 0),
      found: scores.reduce((n, s) => n + s.dates.found, 0),
    },
  };
}

/**
 * Scores the pipeline on the held-out texts, with the curated entities as the known ones:
 *   - mentions: (entity, start, end) against every occurrence of the gold strings;
 *   - new entities: a proposal is right when its name is the gold name or one of its forms (spelling
 *     keys compared) and its type is the gold type; recall counts the gold entities proposed;
 *   - relations: (type, source, target), ends being known ids or new entities' names;
 *   - dates: of the gold relations found, those whose suggested date is the gold one.
 */
export function evaluateHeldOut(graph: CuratedGraph, texts: readonly EvalText[]): HeldOutReport {
  const known = knownEntitiesOf(graph);
  const linker = new KnownEntityLinker(known);
  const types = new Map<string, EntityType>(known.map((entity) => [entity.id, entity.type]));
  const misses: string[] = [];
  const byText = texts.map((text) => {
    const extraction = extractDocument(text.text, text.language, linker, types);
    const miss = (line: string): void => void misses.push(`${text.id}: ${line}`);

    const gold = goldMentionSpans(text);
    const goldKeys = new Set(gold.map((m) => `${m.entityId}|${m.start}|${m.end}`));
    const predicted = extraction.mentions.map((m) => {
      const offset = extraction.sentences[m.sentenceIndex]!.start;
      return { entityId: m.entityId, start: offset + m.start, end: offset + m.end, text: m.text };
    });
    const predictedKeys = new Set(predicted.map((m) => `${m.entityId}|${m.start}|${m.end}`));
    for (const m of predicted) {
      if (!goldKeys.has(`${m.entityId}|${m.start}|${m.end}`)) miss(`mention "${m.text}" -> ${m.entityId} is wrong`);
    }
    for (const m of gold) {
      if (!predictedKeys.has(`${m.entityId}|${m.start}|${m.end}`)) {
        miss(`mention "${text.text.slice(m.start, m.end)}" -> ${m.entityId} missed`);
      }
    }
    const mentions = score(
      predicted.filter((m) => goldKeys.has(`${m.entityId}|${m.start}|${m.end}`)).length,
      predicted.length,
      gold.length,
    );

    // New entities, and the gold name each proposal stands for.
    const goldNameOf = new Map<string, string>(); // spelling key|type -> gold name
    for (const entity of text.newEntities) {
      for (const name of [entity.name, ...entity.forms]) goldNameOf.set(`${nameKey(name)}|${entity.type}`, entity.name);
    }
    const proposedGold = new Set<string>();
    let rightEntities = 0;
    for (const proposal of extraction.entities) {
      const goldName = goldNameOf.get(`${nameKey(proposal.name)}|${proposal.entityType}`);
      if (goldName) {
        rightEntities += 1;
        proposedGold.add(goldName);
      } else miss(`new entity "${proposal.name}" (${proposal.entityType}) is wrong`);
    }
    for (const entity of text.newEntities) {
      if (!proposedGold.has(entity.name)) miss(`new entity "${entity.name}" (${entity.type}) missed`);
    }
    const newEntities = score(rightEntities, extraction.entities.length, text.newEntities.length, proposedGold.size);

    // Relations: ends as gold writes them.
    const endOf = (id: string | null, name: string): string => {
      if (id) return id;
      for (const entity of text.newEntities) {
        if ([entity.name, ...entity.forms].some((form) => nameKey(form) === nameKey(name))) return entity.name;
      }
      return `?${name}`;
    };
    const goldRelations = new Map(text.relations.map((r) => [`${r.type}|${r.source}|${r.target}`, r]));
    const found = new Set<string>();
    let datesRight = 0;
    for (const proposal of extraction.relations) {
      const key = `${proposal.relationType}|${endOf(proposal.sourceId, proposal.sourceName)}|${endOf(proposal.targetId, proposal.targetName)}`;
      const goldRelation = goldRelations.get(key);
      if (!goldRelation) {
        miss(`relation ${proposal.relationType} ${proposal.sourceName} -> ${proposal.targetName} is wrong`);
        continue;
      }
      if (found.has(key)) continue;
      found.add(key);
      const date = proposal.date?.iso ?? null;
      if (date === goldRelation.date) datesRight += 1;
      else miss(`relation ${key}: date ${date ?? 'none'}, gold ${goldRelation.date ?? 'none'}`);
    }
    for (const [key] of goldRelations) if (!found.has(key)) miss(`relation ${key} missed`);
    const relations = score(found.size, extraction.relations.length, goldRelations.size);
    const scores: HeldOutScores = { mentions, newEntities, relations, dates: { right: datesRight, found: found.size } };
    return { id: text.id, title: text.title, language: text.language, blind: text.blind, scores };
  });
  const blind = byText.filter((t) => t.blind);
  return {
    total: addScores(byText.map((t) => t.scores)),
    guided: addScores(byText.filter((t) => !t.blind).map((t) => t.scores)),
    blind: blind.length > 0 ? addScores(blind.map((t) => t.scores)) : null,
    byText,
    misses,
  };
}
