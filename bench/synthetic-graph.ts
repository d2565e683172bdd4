/**
 * A seeded, deterministic synthetic knowledge graph in the project's ontology, shaped like the
 * curated one: people, places, organisations, treaties, expeditions, events and ships with names
 * and dates; three sentences of the corpus's lengths about each entity, which mention it and which
 * its relations cite; about five relations per entity, of all 34 types between the entity types
 * the curated graph joins, in its proportions, dated as curated relations are dated (clustered,
 * every precision, most undated), 4% of them claims, plans or beliefs. Degrees are skewed: a few
 * entities (capitals, emperors, great treaties) take part in many relations, most in few. The same
 * seed and size always give the same graph. Suggestions of ingested documents are not made.
 */
import prand from 'pure-rand';
import type { HistoricalDate } from '../src/domain/historical-date';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../src/domain/ontology';
import { buildCuratedGraph } from '../src/ingest/build-curated-graph';
import type {
  CuratedAssertion,
  CuratedDocument,
  CuratedEntity,
  CuratedRelation,
  Mention,
} from '../src/ingest/curated-graph';

export interface SyntheticGraphOptions {
  entities: number;
  relationsPerEntity?: number;
  seed?: number;
  /** Sentences per synthetic document. */
  sentencesPerDocument?: number;
}

/** Shares of entity types, roughly as in the curated graph. */
const TYPE_WEIGHTS: [EntityType, number][] = [
  ['PERSON', 35],
  ['PLACE', 30],
  ['ORGANIZATION', 12],
  ['EVENT', 10],
  ['STATE', 3],
  ['TREATY', 4],
  ['EXPEDITION', 4],
  ['SHIP', 2],
];

const SYLLABLES = 'ka ra mu vi no le sha tin go rov ya ne ski an mi ol ber zu che pa ig dor vel ha ti'.split(' ');
const FIRST_NAMES = 'Nikolai Ivan Fjodor Gennadi Karl Alexander Jewfimi Wassili Pjotr Michail Yi Hua Li Zhang'.split(
  ' ',
);
const KIND_WORDS: Record<EntityType, string> = {
  PERSON: '',
  PLACE: 'Fluss',
  ORGANIZATION: 'Komitee',
  EVENT: 'Belagerung von',
  STATE: 'Khanat',
  TREATY: 'Vertrag von',
  EXPEDITION: 'Expedition nach',
  SHIP: 'Brigg',
};
const VERBS: Partial<Record<RelationType, string>> = {
  SIGNED: 'unterzeichnete',
  FOUNDED: 'gründete',
  OPPOSED: 'war ein Gegner von',
  SUPPORTED: 'unterstützte',
  LED: 'leitete',
  LOCATED_IN: 'liegt in',
  PARTICIPATED_IN: 'nahm teil an',
  TRAVELLED_TO: 'reiste nach',
};

/** A deterministic random source: xoroshiro128+ from pure-rand. */
export class Random {
  private generator: prand.RandomGenerator;

  constructor(seed: number) {
    this.generator = prand.xoroshiro128plus(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return prand.unsafeUniformIntDistribution(0, 2 ** 30 - 1, this.generator) / 2 ** 30;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An index in [0, n) skewed toward 0: a power law, so low indexes are hubs. */
  skewed(n: number, power = 3): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }

  weighted<T>(choices: readonly [T, number][]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [choice, weight] of choices) {
      at -= weight;
      if (at < 0) return choice;
    }
    return choices.at(-1)![0];
  }
}

function nameOf(random: Random, type: EntityType, index: number): string {
  const syllables = 2 + random.int(2);
  let word = '';
  for (let i = 0; i < syllables; i += 1) word += random.pick(SYLLABLES);
  const stem = word.charAt(0).toUpperCase() + word.slice(1);
  // The index keeps names apart at any scale; the syllables give the full-text index real words.
  const unique = `${stem}${index.toString(36)}`;
  if (type === 'PERSON') return `${random.pick(FIRST_NAMES)} ${unique}ow`;
  return `${KIND_WORDS[type]} ${unique}`.trim();
}

/**
 * What the synthetic graph copies from the curated one: relation types with the entity types they
 * join, in their proportions (all 34); the dates of relations (56% undated in the curated data;
 * the rest clustered in the 1850s, with every precision from day to century); the share of
 * claims, plans and beliefs; and the lengths of the corpus's sentences.
 */
interface CuratedShape {
  /** [type, source type, target type], one per curated relation: drawing one keeps the proportions. */
  relationKinds: [RelationType, EntityType, EntityType][];
  /** The start of each curated relation, null for the undated. */
  starts: (HistoricalDate | null)[];
  /** The assertion kinds of curated relations, null for facts. */
  assertions: (CuratedAssertion['kind'] | null)[];
  sentenceLengths: number[];
}

let curatedShape: CuratedShape | undefined;
function shapeOfCuratedGraph(): CuratedShape {
  if (curatedShape) return curatedShape;
  const { graph } = buildCuratedGraph();
  const typeOf = new Map(graph.entities.map((entity) => [entity.id, entity.type]));
  curatedShape = {
    relationKinds: graph.relations.map((relation) => [
      relation.type,
      typeOf.get(relation.source)!,
      typeOf.get(relation.target)!,
    ]),
    starts: graph.relations.map((relation) => relation.start),
    assertions: graph.relations.map((relation) => relation.assertion?.kind ?? null),
    sentenceLengths: graph.documents.flatMap((document) => document.sentences.map((sentence) => sentence.text.length)),
  };
  return curatedShape;
}

/** A date like a curated one, moved by up to three years (decades and centuries stay). */
function dateLike(random: Random, date: HistoricalDate): HistoricalDate {
  if (date.precision === 'DECADE' || date.precision === 'CENTURY') return { iso: date.iso, precision: date.precision };
  const year = Number(date.iso.slice(0, 4)) + random.int(7) - 3;
  return { iso: `${year}${date.iso.slice(4)}`, precision: date.precision };
}

/** An entity's own date: like a curated relation's, or none as often as curated relations have none. */
function dateOf(random: Random, shape: CuratedShape): HistoricalDate | null {
  const start = random.pick(shape.starts);
  return start ? dateLike(random, start) : null;
}

/**
 * Sentence `number` of the synthetic documents: about a corpus sentence's length, naming the entity
 * it is about. Made from the number alone, so that a relation can quote the sentence it cites.
 */
function sentenceText(shape: CuratedShape, seed: number, number: number, name: string, documentIndex: number): string {
  const random = new Random(seed * 7919 + number);
  const length = random.pick(shape.sentenceLengths);
  let text = `${name} wird in Bericht ${documentIndex} erwähnt`;
  while (text.length < length - 1) text += ` ${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}`;
  return `${text}.`;
}

export interface SyntheticGraph {
  entities: CuratedEntity[];
  /** Documents are made on demand too: their sentences outnumber the entities. */
  documents(): Generator<CuratedDocument>;
  documentCount: number;
  sentenceCount: number;
  /** Relations are made on demand, batch by batch: five million do not fit in memory at once. */
  relationBatches(size: number): Generator<CuratedRelation[]>;
  relationCount: number;
  /** Each sentence mentions the entity it is about. */
  mentionsOf(document: CuratedDocument): Mention[];
  /** Entity ids by type, for choosing query parameters. */
  idsByType: Map<EntityType, string[]>;
}

/** Sentences about each entity: its relations cite them in turn. */
const SENTENCES_PER_ENTITY = 3;

export function generateSyntheticGraph({
  entities: count,
  relationsPerEntity = 5,
  seed = 1858,
  sentencesPerDocument = 1000,
}: SyntheticGraphOptions): SyntheticGraph {
  const shape = shapeOfCuratedGraph();
  const random = new Random(seed);
  const entities: CuratedEntity[] = [];
  const idsByType = new Map<EntityType, string[]>(ENTITY_TYPES.map((type) => [type, []]));
  for (let index = 0; index < count; index += 1) {
    const type = random.weighted(TYPE_WEIGHTS);
    const name = nameOf(random, type, index);
    const id = `e${index}`;
    const start = type === 'PLACE' || type === 'STATE' ? null : dateOf(random, shape);
    entities.push({
      id,
      type,
      name,
      germanName: null,
      aliases: type === 'PERSON' ? [name.split(' ')[1]!] : [],
      description: `Synthetic ${type.toLowerCase()} number ${index}.`,
      labels: [{ language: 'en', text: name, derived: false }],
      start,
      end: null,
      wikidata: null,
      location: null,
      bounds: null,
    });
    idsByType.get(type)!.push(id);
  }

  // SENTENCES_PER_ENTITY sentences about each entity, in documents of `sentencesPerDocument`:
  // sentence k of entity i is sentence number i * SENTENCES_PER_ENTITY + k.
  const sentenceCount = count * SENTENCES_PER_ENTITY;
  const documentCount = Math.ceil(sentenceCount / sentencesPerDocument);
  function* documents(): Generator<CuratedDocument> {
    for (let documentIndex = 0; documentIndex < documentCount; documentIndex += 1) {
      const first = documentIndex * sentencesPerDocument;
      const sentences: CuratedDocument['sentences'] = [];
      let offset = 0;
      for (let sentence = first; sentence < Math.min(sentenceCount, first + sentencesPerDocument); sentence += 1) {
        const entity = entities[Math.floor(sentence / SENTENCES_PER_ENTITY)]!;
        const text = sentenceText(shape, seed, sentence, entity.name, documentIndex);
        const index = sentence - first;
        sentences.push({ index, paragraph: index, text, start: offset, end: offset + text.length, kind: 'body' });
        offset += text.length + 1;
      }
      yield {
        id: `doc${documentIndex}`,
        title: `Synthetischer Bericht ${documentIndex}`,
        language: 'de',
        source: null,
        note: 'synthetic',
        text: sentences.map((sentence) => sentence.text).join('\n'),
        sentences,
      };
    }
  }
  const mentionsOf = (document: CuratedDocument): Mention[] => {
    const first = Number(document.id.slice(3)) * sentencesPerDocument;
    return document.sentences.map((sentence) => {
      const entity = entities[Math.floor((first + sentence.index) / SENTENCES_PER_ENTITY)]!;
      return {
        entityId: entity.id,
        documentId: document.id,
        sentenceIndex: sentence.index,
        start: 0,
        end: entity.name.length,
        text: entity.name,
      };
    });
  };

  /** The whole of sentence `number`, quoted as curated evidence quotes it. */
  const quoteOf = (number: number): CuratedRelation['evidence'][number] => {
    const documentIndex = Math.floor(number / sentencesPerDocument);
    const entity = entities[Math.floor(number / SENTENCES_PER_ENTITY)]!;
    const quote = sentenceText(shape, seed, number, entity.name, documentIndex);
    // Offsets within the sentence: no read measured places a quote in its document.
    return {
      quote,
      documentId: `doc${documentIndex}`,
      start: 0,
      end: quote.length,
      sentenceIndexes: [number % sentencesPerDocument],
    };
  };

  const persons = idsByType.get('PERSON')!;
  const relationCount = count * relationsPerEntity;

  function* relationBatches(size: number): Generator<CuratedRelation[]> {
    // Its own random source, so batches are the same whatever happened before.
    const draw = new Random(seed + 1);
    let batch: CuratedRelation[] = [];
    for (let index = 0; index < relationCount; index += 1) {
      const [type, sourceType, targetType] = draw.pick(shape.relationKinds);
      const sourceIds = idsByType.get(sourceType)!;
      const targetIds = idsByType.get(targetType)!;
      if (sourceIds.length === 0 || targetIds.length === 0) continue;
      const source = sourceIds[draw.skewed(sourceIds.length)]!;
      let target = targetIds[draw.skewed(targetIds.length, 2)]!;
      if (target === source) target = targetIds[draw.int(targetIds.length)]!;
      if (target === source) continue;
      const sentence = Number(source.slice(1)) * SENTENCES_PER_ENTITY + (index % SENTENCES_PER_ENTITY);
      const start = draw.pick(shape.starts);
      const date = start ? dateLike(draw, start) : null;
      const kind = draw.pick(shape.assertions);
      const verb = VERBS[type];
      batch.push({
        // As curated relation ids: source--TYPE--target, with the index to keep it unique.
        id: `${source}--${type}--${target}--${index}`,
        type,
        source,
        target,
        start: date,
        end:
          date && date.precision !== 'DECADE' && date.precision !== 'CENTURY' && draw.next() < 0.2
            ? { iso: String(Number(date.iso.slice(0, 4)) + 1 + draw.int(5)), precision: 'YEAR' }
            : null,
        inferred: false,
        reason: null,
        assertion:
          kind === null
            ? null
            : {
                kind,
                claimedBy: persons.length > 0 ? persons[draw.skewed(persons.length)]! : null,
                verdict: 'UNVERIFIED',
                verdictEvidence: [],
              },
        properties: verb ? { how: verb } : {},
        evidence: [quoteOf(sentence)],
      });
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  return {
    entities,
    documents,
    documentCount,
    sentenceCount,
    relationBatches,
    relationCount,
    mentionsOf,
    idsByType,
  };
}
