/**
 * The extraction pipeline for a new document, text to proposals, each stage its own module:
 *   1. sentences      (nlp/segment-sentences: the German-aware segmenter)
 *   2. mentions       (link-known-entities: names of known entities, spelling-tolerant)
 *   3. new entities   (find-new-entities: unlinked names with a type guessed from cue words)
 *   4. relations      (find-relations: cue words between the entities a sentence names)
 * Proposals of the same fact from several sentences become one, with the most confident evidence.
 */
import { createHash } from 'node:crypto';
import type { HistoricalDate } from '../domain/historical-date';
import { nameKey, nameKeyWords } from '../domain/name-keys';
import type { EntityType, RelationType } from '../domain/ontology';
import { segmentSentences, type Sentence } from '../nlp/segment-sentences';
import type { Language } from '../nlp/words';
import { Coverage } from '../nlp/coverage';
import { isCommonWord } from '../nlp/lexicon';
import { NameMatcher } from '../nlp/link-mentions';
import { dateOfRelation } from './find-dates';
import { findNewEntities, LISTED, type NewEntityCandidate } from './find-new-entities';
import { findRelations, type NamedInSentence } from './find-relations';
import { type KnownEntityLinker, type AmbiguousMention, type LinkedMention } from './link-known-entities';

export interface ProposalEvidence {
  sentenceIndex: number;
  /** The words of the sentence that carry the proposal. */
  quote: string;
}

export interface EntityProposal {
  kind: 'ENTITY';
  /** Identifies the proposal across re-ingests: the same name and type give the same key. */
  key: string;
  name: string;
  entityType: EntityType;
  confidence: number;
  /** The rule that proposed it, shown to the reviewer. */
  rule: string;
  evidence: ProposalEvidence;
  /** Every place the name occurs, so that accepting it can link them all. */
  occurrences: { sentenceIndex: number; start: number; end: number }[];
}

export interface RelationProposal {
  kind: 'RELATION';
  key: string;
  relationType: RelationType;
  sourceId: string | null;
  targetId: string | null;
  sourceName: string;
  targetName: string;
  confidence: number;
  /** When the sentence dates what it states. */
  date: HistoricalDate | null;
  /** The rule that proposed it, shown to the reviewer. */
  rule: string;
  evidence: ProposalEvidence;
}

export interface Extraction {
  language: Language;
  sentences: Sentence[];
  /**
   * Sentences too long to look for new names and relations in (see MINED_SENTENCE_LIMITS): their
   * mentions are linked, nothing is proposed from them.
   */
  unminedSentences: number;
  mentions: LinkedMention[];
  ambiguous: AmbiguousMention[];
  entities: EntityProposal[];
  relations: RelationProposal[];
}

export interface ExtractionProgress {
  (stage: 'sentences' | 'mentions' | 'entities' | 'relations', count: number): void;
}

function hashKey(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** Items by the index of the sentence they stand in. */
export function groupBySentence<T extends { sentenceIndex: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.sentenceIndex);
    if (group) group.push(item);
    else groups.set(item.sentenceIndex, [item]);
  }
  return groups;
}

/**
 * Which sentences are mined for new names and relations: a sentence of the text the pipeline is
 * made for has a few hundred characters and a handful of names (the corpus: at most 450 and 10).
 * The search within one sentence grows faster than the sentence, so a sentence of thousands of
 * names (a list, or an attack) would take minutes; such sentences are linked, not mined.
 */
export const MINED_SENTENCE_LIMITS = { characters: 2_000, names: 40 } as const;

/**
 * The most a document may hold: one transaction writes (and a re-ingest replaces) all of it,
 * within Neo4j's transaction memory. A 1 MB text of prose has about 7,000 sentences and a few
 * thousand mentions of known entities.
 */
export const DOCUMENT_LIMITS = { sentences: 10_000, mentions: 20_000 } as const;

/** A text over DOCUMENT_LIMITS: what it exceeds, for the person who sent it. */
export class DocumentTooLarge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentTooLarge';
  }
}

/**
 * One proposal per new entity: candidates of one type whose names are the same, or one a part of
 * the other ("Tolbusin" of "Alexei Tolbusin"), are one, named by the longest; its evidence is the
 * most confident candidate. The forms are every name it was found by, and a person's surname.
 */
function proposeEntities(
  candidates: readonly (NewEntityCandidate & { sentenceIndex: number; written: string })[],
  language: Language,
): { proposal: EntityProposal; forms: string[] }[] {
  // One name, one thing in one text: where rules typed a name apart ("San Francisco" a place after
  // "in", a person as two words elsewhere), the most confident type stands.
  const typeOf = new Map<string, { type: EntityType; confidence: number }>();
  for (const { name, type, confidence } of candidates) {
    const best = typeOf.get(nameKey(name));
    if (!best || confidence > best.confidence) typeOf.set(nameKey(name), { type, confidence });
  }
  const longestFirst = candidates
    .filter((candidate) => typeOf.get(nameKey(candidate.name))!.type === candidate.type)
    .sort((a, b) => nameKeyWords(b.name).length - nameKeyWords(a.name).length || b.confidence - a.confidence);
  const groups: { head: (typeof candidates)[number]; members: (typeof candidates)[number][] }[] = [];
  const partOf = (part: string[], whole: string[]): boolean =>
    whole.some((_, i) => part.length > 0 && part.every((word, j) => whole[i + j] === word));
  for (const candidate of longestFirst) {
    const words = nameKeyWords(candidate.name);
    const group = groups.find(({ head }) => head.type === candidate.type && partOf(words, nameKeyWords(head.name)));
    if (group) group.members.push(candidate);
    else groups.push({ head: candidate, members: [candidate] });
  }
  return groups.map(({ head, members }) => {
    const best = members.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const key = hashKey(['ENTITY', nameKey(head.name), head.type]);
    const forms = new Set(members.flatMap((member) => [member.name, member.written]));
    const surname = head.name.split(/\s+/).at(-1)!;
    if (
      head.type === 'PERSON' &&
      surname !== head.name &&
      surname.length >= 4 &&
      (language === 'en' || !isCommonWord(surname, language))
    ) {
      forms.add(surname);
    }
    return {
      proposal: {
        kind: 'ENTITY' as const,
        key,
        name: head.name,
        entityType: head.type,
        confidence: best.confidence,
        rule: best.rule,
        evidence: { sentenceIndex: best.sentenceIndex, quote: best.written },
        occurrences: members.map((member) => ({
          sentenceIndex: member.sentenceIndex,
          start: member.start,
          end: member.end,
        })),
      },
      forms: [...forms],
    };
  });
}

/** Throws DocumentTooLarge as soon as the text is known to exceed DOCUMENT_LIMITS. */
export function extractDocument(
  text: string,
  language: Language,
  linker: KnownEntityLinker,
  knownTypes: ReadonlyMap<string, EntityType>,
  progress: ExtractionProgress = () => undefined,
): Extraction {
  const sentences = segmentSentences(text, language);
  progress('sentences', sentences.length);
  if (sentences.length > DOCUMENT_LIMITS.sentences) {
    throw new DocumentTooLarge(
      `input.text has ${sentences.length} sentences; a document may have at most ${DOCUMENT_LIMITS.sentences}`,
    );
  }
  const { mentions, ambiguous } = linker.link(sentences, language);
  progress('mentions', mentions.length);
  if (mentions.length > DOCUMENT_LIMITS.mentions) {
    throw new DocumentTooLarge(
      `input.text names known entities ${mentions.length} times; a document may hold at most ${DOCUMENT_LIMITS.mentions} mentions`,
    );
  }

  const linkedIn = groupBySentence(mentions);
  const ambiguousIn = groupBySentence(ambiguous);
  const mined: { sentence: Sentence; linked: LinkedMention[]; covered: { start: number; end: number }[] }[] = [];
  for (const sentence of sentences) {
    const linked = linkedIn.get(sentence.index) ?? [];
    const covered = [...linked, ...(ambiguousIn.get(sentence.index) ?? [])];
    if (sentence.text.length > MINED_SENTENCE_LIMITS.characters || covered.length > MINED_SENTENCE_LIMITS.names)
      continue;
    mined.push({ sentence, linked, covered });
  }
  const unminedSentences = sentences.length - mined.length;

  // New names, proposed where a rule finds them, then looked for in every sentence: "Alexei
  // Tolbusin" introduced once is "Tolbusin" later, where no rule would find him.
  type Candidate = NewEntityCandidate & { sentenceIndex: number; written: string };
  const candidates: Candidate[] = [];
  const untypedIn = new Map<number, { name: string; start: number; end: number }[]>();
  for (const { sentence, covered } of mined) {
    const untyped: { name: string; start: number; end: number }[] = [];
    for (const candidate of findNewEntities(sentence.text, covered, language, untyped)) {
      candidates.push({
        ...candidate,
        sentenceIndex: sentence.index,
        written: sentence.text.slice(candidate.start, candidate.end),
      });
    }
    untypedIn.set(sentence.index, untyped);
  }
  // A weak guess that ends in a name a surer rule proposed elsewhere is that name after another
  // word: "in Matsumae Adam Laxman" (Adam Laxman introduced as "sein Sohn Adam Laxman").
  for (const candidate of candidates) {
    if (candidate.confidence > 0.5) continue;
    const words = candidate.name.split(/\s+/);
    const sure = candidates.find(
      (other) =>
        other !== candidate &&
        other.confidence > candidate.confidence &&
        /\s/.test(other.name) &&
        other.name.split(/\s+/).length < words.length &&
        candidate.name.endsWith(` ${other.name}`),
    );
    if (!sure) continue;
    const cut = candidate.name.length - sure.name.length;
    Object.assign(candidate, {
      name: sure.name,
      written: candidate.written.slice(cut),
      start: candidate.start + cut,
      type: sure.type,
      confidence: sure.confidence,
      rule: sure.rule,
    });
  }
  // A name no rule typed, listed with a name the document knows the type of ("the ports of
  // Shimoda, Hakodate and Nagasaki", Nagasaki proposed elsewhere), takes that type.
  const firstRound = proposeEntities(candidates, language);
  const typedByRules = candidates.length;
  const firstMatcher = new NameMatcher(firstRound.map(({ proposal, forms }) => ({ id: proposal.key, names: forms })));
  const firstByKey = new Map(firstRound.map(({ proposal }) => [proposal.key, proposal]));
  for (const { sentence, linked } of mined) {
    const untyped = untypedIn.get(sentence.index) ?? [];
    if (untyped.length === 0) continue;
    const typed = [
      ...linked.map((m) => ({ name: m.text, type: knownTypes.get(m.entityId)!, start: m.start, end: m.end })),
      ...firstMatcher.match(sentence.text, language).map((m) => ({
        name: m.text,
        type: firstByKey.get(m.entityId)!.entityType,
        start: m.start,
        end: m.end,
      })),
    ];
    for (let changed = true; changed;) {
      changed = false;
      for (const run of [...untyped]) {
        const neighbour = typed.find((t) =>
          LISTED.test(
            t.end <= run.start ? sentence.text.slice(t.end, run.start) : sentence.text.slice(run.end, t.start),
          ),
        );
        if (!neighbour) continue;
        untyped.splice(untyped.indexOf(run), 1);
        typed.push({ ...run, type: neighbour.type });
        candidates.push({
          ...run,
          type: neighbour.type,
          confidence: 0.55,
          rule: `listed with "${neighbour.name}"`,
          sentenceIndex: sentence.index,
          written: run.name,
        });
        changed = true;
      }
    }
  }
  const entities = candidates.length > typedByRules ? proposeEntities(candidates, language) : firstRound;
  const matcher = new NameMatcher(entities.map(({ proposal, forms }) => ({ id: proposal.key, names: forms })));
  const byKey = new Map(entities.map(({ proposal }) => [proposal.key, proposal]));

  const relations = new Map<string, RelationProposal>();
  for (const { sentence, linked, covered } of mined) {
    const named: NamedInSentence[] = linked.map((mention) => ({
      entityId: mention.entityId,
      name: mention.text,
      type: knownTypes.get(mention.entityId)!,
      start: mention.start,
      end: mention.end,
    }));
    const coverage = new Coverage(sentence.text.length, covered);
    for (const match of matcher.match(sentence.text, language)) {
      if (coverage.overlaps(match)) continue;
      const proposal = byKey.get(match.entityId)!;
      if (!proposal.occurrences.some((o) => o.sentenceIndex === sentence.index && o.start === match.start)) {
        proposal.occurrences.push({ sentenceIndex: sentence.index, start: match.start, end: match.end });
      }
      named.push({
        entityId: null,
        name: proposal.name,
        type: proposal.entityType,
        start: match.start,
        end: match.end,
      });
    }
    for (const candidate of findRelations(sentence.text, named, language)) {
      const end = (entity: NamedInSentence): string => entity.entityId ?? `name:${nameKey(entity.name)}`;
      const key = hashKey(['RELATION', candidate.type, end(candidate.source), end(candidate.target)]);
      const known = relations.get(key);
      if (known && known.confidence >= candidate.confidence) continue;
      relations.set(key, {
        kind: 'RELATION',
        key,
        relationType: candidate.type,
        sourceId: candidate.source.entityId,
        targetId: candidate.target.entityId,
        sourceName: candidate.source.name,
        targetName: candidate.target.name,
        confidence: candidate.confidence,
        date: dateOfRelation(sentence.text, candidate, language),
        rule: candidate.rule,
        evidence: { sentenceIndex: sentence.index, quote: sentence.text },
      });
    }
  }
  for (const { proposal } of entities)
    proposal.occurrences.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
  progress('entities', entities.length);
  progress('relations', relations.size);
  return {
    language,
    sentences,
    unminedSentences,
    mentions,
    ambiguous,
    entities: entities.map(({ proposal }) => proposal),
    relations: [...relations.values()],
  };
}
