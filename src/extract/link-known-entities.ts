/**
 * Stage 2 of the extraction pipeline: finds the known entities a new text names. Two matchers feed
 * one choice:
 *   - exact names and aliases, each word with an optional German inflection (NameMatcher);
 *   - spelling keys (as `resolve` uses): runs of up to six capitalised-led words whose key, with or
 *     without inflection endings, is the key of a known name, so "Murawjews" finds "Muravyov".
 * Overlapping matches: the longest wins, then the earliest. A span that names several entities is
 * settled by context (the candidate with most relations to entities the document names without
 * doubt); when context cannot settle it, it stays unlinked and is reported as ambiguous.
 */
import type { Language } from '../domain/language';
import { townOfRiverTownName } from '../domain/link-keys';
import { stripNameEnding } from '../domain/name-inflection';
import { nameKey, nameKeyWords } from '../domain/name-keys';
import type { EntityType } from '../domain/ontology';
import { longestFirst } from '../nlp/coverage';
import { isCommonWord, isGivenName } from '../nlp/lexicon';
import { isPlaceClassWord } from './find-new-entities';
import { NameMatcher } from '../nlp/link-mentions';
import type { Sentence } from '../nlp/segment-sentences';

export interface KnownEntity {
  id: string;
  type: EntityType;
  names: readonly string[];
  /** Ids of the entities it has relations with, to settle ambiguous mentions. */
  neighbours?: readonly string[];
}

export interface LinkedMention {
  entityId: string;
  sentenceIndex: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
  /** How it was found: a name as written, or a spelling of it. */
  method: 'name' | 'spelling';
}

export interface AmbiguousMention {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  candidates: string[];
}

export interface LinkResult {
  mentions: LinkedMention[];
  ambiguous: AmbiguousMention[];
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  entityIds: Set<string>;
  method: LinkedMention['method'];
}

const MAX_NAME_WORDS = 6;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The word's key with and without an inflection ending: "Murawjews" -> ["muraviev", "muravi"...]. */
function keyVariants(word: string, language: Language, attributive: boolean): string[] {
  const keys = new Set<string>();
  const [key] = nameKeyWords(word);
  if (key) keys.add(key);
  const bare = stripNameEnding(word, language);
  // "-er" makes a German place name an adjective before a noun ("Pekinger Vertrag"); alone it is
  // a person from there ("ein Japaner"), no mention of the place.
  if (word.endsWith('er') && bare === word.slice(0, -2) && language === 'de' && !attributive) return [...keys];
  const [stripped] = nameKeyWords(bare);
  if (stripped) keys.add(stripped);
  return [...keys];
}

/**
 * A town named by its river is named without it too: "Nikolajewsk am Amur" is "Nikolajewsk",
 * "Nikolayevsk-on-Amur" is "Nikolayevsk".
 */
function withTownShortNames(names: readonly string[]): string[] {
  const all = new Set(names);
  for (const name of names) {
    const town = townOfRiverTownName(name);
    if (town && !isCommonWord(town, 'de') && !isCommonWord(town, 'en')) all.add(town);
  }
  return [...all];
}

export class KnownEntityLinker {
  private readonly exact: NameMatcher;
  private readonly byKey = new Map<string, Set<string>>();
  private readonly neighbours = new Map<string, ReadonlySet<string>>();
  private readonly types = new Map<string, EntityType>();

  constructor(known: readonly KnownEntity[]) {
    const entities = known.map((entity) => ({ ...entity, names: withTownShortNames(entity.names) }));
    this.exact = new NameMatcher(entities);
    for (const entity of entities) {
      this.neighbours.set(entity.id, new Set(entity.neighbours ?? []));
      this.types.set(entity.id, entity.type);
      for (const name of entity.names) {
        const key = nameKey(name);
        // One short word ("Li", "Ob") as a spelling would find too much; exact names still match.
        if (key.length < 4) continue;
        const ids = this.byKey.get(key) ?? new Set<string>();
        ids.add(entity.id);
        this.byKey.set(key, ids);
      }
    }
  }

  /** The mentions of known entities in one document's sentences. */
  link(sentences: readonly Pick<Sentence, 'index' | 'text'>[], language: Language = 'de'): LinkResult {
    const perSentence = sentences.map((sentence) => ({ sentence, chosen: this.chooseSpans(sentence.text, language) }));
    const certain = new Set<string>();
    for (const { chosen } of perSentence) {
      for (const span of chosen) if (span.entityIds.size === 1) certain.add([...span.entityIds][0]!);
    }
    const mentions: LinkedMention[] = [];
    const ambiguous: AmbiguousMention[] = [];
    for (const { sentence, chosen } of perSentence) {
      for (const span of chosen) {
        const entityId = span.entityIds.size === 1 ? [...span.entityIds][0]! : this.settleByContext(span, certain);
        const place = { sentenceIndex: sentence.index, start: span.start, end: span.end, text: span.text };
        if (entityId) mentions.push({ entityId, ...place, method: span.method });
        else ambiguous.push({ ...place, candidates: [...span.entityIds].sort() });
      }
    }
    return { mentions, ambiguous };
  }

  private settleByContext(span: Candidate, certain: ReadonlySet<string>): string | null {
    const scored = [...span.entityIds]
      .map((id) => ({ id, score: [...(this.neighbours.get(id) ?? [])].filter((other) => certain.has(other)).length }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    return best && best.score > 0 && (!second || best.score > second.score) ? best.id : null;
  }

  /** Non-overlapping spans of one sentence, longest first, then earliest. */
  private chooseSpans(text: string, language: Language): Candidate[] {
    const spans = new Map<string, Candidate>();
    const add = (start: number, end: number, entityId: string, method: Candidate['method']): void => {
      const key = `${start}:${end}`;
      const span = spans.get(key) ?? { start, end, text: text.slice(start, end), entityIds: new Set(), method };
      span.entityIds.add(entityId);
      spans.set(key, span);
    };
    for (const match of this.exact.candidates(text, language)) add(match.start, match.end, match.entityId, 'name');
    const exactSpans = new Set(spans.keys());
    for (const found of this.spellingCandidates(text, language)) {
      // A span matched as written keeps only the entities written that way.
      if (!exactSpans.has(`${found.start}:${found.end}`)) add(found.start, found.end, found.entityId, 'spelling');
    }
    const chosen = longestFirst([...spans.values()], text.length);
    // One word of a longer name nobody knows is not a mention: "Konstantin" (the brig) in "Grand
    // Duke Konstantin Nikolayevich". Only a given name stands so in a person's name; two names
    // side by side are two ("verkaufte Russland Alaska", "Kosaken Atlassow").
    return chosen.filter((span) => {
      // A person's one-word name that is a German noun after an article is the noun: "den Berg".
      if (
        language === 'de' &&
        !/\s/.test(span.text) &&
        isCommonWord(span.text, language) &&
        [...span.entityIds].every((id) => this.types.get(id) === 'PERSON') &&
        /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines)\s+(?:\p{Ll}+\s+)?$/u.test(
          text.slice(0, span.start),
        )
      )
        return false;
      if (/\s/.test(span.text)) return true;
      const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(span.end))?.[1];
      if (!next) return true;
      const at = text.indexOf(next, span.end);
      const nextIsMention = chosen.some((other) => other.start <= at && other.end > at);
      // ... nor is a known name before a class word of places: "Amur Bay" is not the Amur.
      if (!nextIsMention && isPlaceClassWord(next, language)) return false;
      if (!isGivenName(span.text)) return true;
      return nextIsMention || isCommonWord(next, language) || /^\p{Lu}\p{Ll}*$/u.test(next) === false;
    });
  }

  private *spellingCandidates(
    text: string,
    language: Language,
  ): Generator<{ start: number; end: number; entityId: string }> {
    const tokens = [...text.matchAll(TOKEN)].map((found) => ({
      text: found[0],
      start: found.index,
      end: found.index + found[0].length,
      variants: keyVariants(found[0], language, /^\s+\p{Lu}/u.test(text.slice(found.index + found[0].length))),
    }));
    for (let first = 0; first < tokens.length; first += 1) {
      const opening = tokens[first]!;
      if (!/^\p{Lu}/u.test(opening.text) || opening.variants.length === 0) continue;
      let keys = opening.variants;
      for (let last = first; last < tokens.length && last - first < MAX_NAME_WORDS; last += 1) {
        const token = tokens[last]!;
        if (last > first) {
          // Names run over spaces, hyphens and dots only.
          if (!/^[\s.-]*$/.test(text.slice(tokens[last - 1]!.end, token.start))) break;
          if (token.variants.length === 0) continue; // a function word inside a name: "Vertrag von Aigun"
          keys = keys.flatMap((key) => token.variants.map((variant) => `${key} ${variant}`));
        }
        if (token.variants.length === 0) continue;
        // Not a part of a hyphenated word: "Seja" in "Ust-Seja" is not the river.
        if (text[opening.start - 1] === '-' || text[token.end] === '-') continue;
        for (const key of new Set(keys)) {
          for (const entityId of this.byKey.get(key) ?? []) yield { start: opening.start, end: token.end, entityId };
        }
      }
    }
  }
}
