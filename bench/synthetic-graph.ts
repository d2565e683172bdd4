/**
 * A seeded, deterministic synthetic knowledge graph in the project's ontology, shaped like the
 * curated one: people, places, organisations, treaties, expeditions, events and ships with names,
 * dates and evidence sentences, and about five relations per entity between types the ontology
 * allows. Degrees are skewed: a few entities (capitals, emperors, great treaties) take part in many
 * relations, most in few. The same seed and size always give the same graph.
 */
import prand from 'pure-rand';
import type { HistoricalDate } from '../src/domain/historical-date';
import { allowsRelation, ENTITY_TYPES, type EntityType, type RelationType } from '../src/domain/ontology';
import type { CuratedDocument, CuratedEntity, CuratedRelation } from '../src/ingest/curated-graph';

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

function dateOf(random: Random): HistoricalDate {
  const year = 1600 + random.int(300);
  const precision = random.weighted<'YEAR' | 'MONTH' | 'DAY'>([
    ['YEAR', 5],
    ['MONTH', 2],
    ['DAY', 3],
  ]);
  const month = String(1 + random.int(12)).padStart(2, '0');
  const day = String(1 + random.int(28)).padStart(2, '0');
  if (precision === 'YEAR') return { iso: String(year), precision };
  if (precision === 'MONTH') return { iso: `${year}-${month}`, precision };
  return { iso: `${year}-${month}-${day}`, precision };
}

export interface SyntheticGraph {
  entities: CuratedEntity[];
  documents: CuratedDocument[];
  /** Relations are made on demand, batch by batch: five million do not fit in memory at once. */
  relationBatches(size: number): Generator<CuratedRelation[]>;
  relationCount: number;
  /** Entity ids by type, for choosing query parameters. */
  idsByType: Map<EntityType, string[]>;
}

/** Relation types the generator uses, with weights, each between types the ontology allows. */
const RELATION_WEIGHTS: [RelationType, number][] = [
  ['LOCATED_IN', 14],
  ['PARTICIPATED_IN', 14],
  ['SUPPORTED', 10],
  ['OPPOSED', 10],
  ['TRAVELLED_TO', 10],
  ['MEMBER_OF', 8],
  ['LED', 6],
  ['SIGNED', 5],
  ['FOUNDED', 5],
  ['TOOK_PLACE_IN', 5],
  ['HELD_OFFICE', 5],
  ['DISCOVERED', 4],
  ['COMMANDED', 2],
  ['BORDERS', 2],
];

export function generateSyntheticGraph({
  entities: count,
  relationsPerEntity = 5,
  seed = 1858,
  sentencesPerDocument = 1000,
}: SyntheticGraphOptions): SyntheticGraph {
  const random = new Random(seed);
  const entities: CuratedEntity[] = [];
  const idsByType = new Map<EntityType, string[]>(ENTITY_TYPES.map((type) => [type, []]));
  for (let index = 0; index < count; index += 1) {
    const type = random.weighted(TYPE_WEIGHTS);
    const name = nameOf(random, type, index);
    const id = `e${index}`;
    const start = type === 'PLACE' || type === 'STATE' ? null : dateOf(random);
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

  // One sentence per entity, in documents of `sentencesPerDocument` sentences.
  const documents: CuratedDocument[] = [];
  for (let first = 0; first < count; first += sentencesPerDocument) {
    const documentIndex = documents.length;
    const sentences = entities.slice(first, first + sentencesPerDocument).map((entity, index) => {
      const text = `${entity.name} wird in Bericht ${documentIndex} erwähnt, Satz ${index}.`;
      return { index, paragraph: index, text, start: 0, end: text.length, kind: 'body' as const };
    });
    let offset = 0;
    for (const sentence of sentences) {
      sentence.start = offset;
      sentence.end = offset + sentence.text.length;
      offset = sentence.end + 1;
    }
    documents.push({
      id: `doc${documentIndex}`,
      title: `Synthetischer Bericht ${documentIndex}`,
      language: 'de',
      source: null,
      note: 'synthetic',
      text: sentences.map((sentence) => sentence.text).join('\n'),
      sentences,
    });
  }

  const allowedPairs = RELATION_WEIGHTS.map(([type, weight]) => {
    const sources = ENTITY_TYPES.filter(
      (t) => idsByType.get(t)!.length > 0 && ENTITY_TYPES.some((u) => allowsRelation(type, t, u)),
    );
    return [type, weight, sources] as const;
  });
  const relationCount = count * relationsPerEntity;

  function* relationBatches(size: number): Generator<CuratedRelation[]> {
    // Its own random source, so batches are the same whatever happened before.
    const draw = new Random(seed + 1);
    let batch: CuratedRelation[] = [];
    for (let index = 0; index < relationCount; index += 1) {
      const [type, , sourceTypes] = draw.weighted(
        allowedPairs.map((entry) => [entry, entry[1]] as [typeof entry, number]),
      );
      const sourceType = draw.pick(sourceTypes);
      const targetTypes = ENTITY_TYPES.filter(
        (t) => idsByType.get(t)!.length > 0 && allowsRelation(type, sourceType, t),
      );
      if (targetTypes.length === 0) continue;
      const sourceIds = idsByType.get(sourceType)!;
      const targetIds = idsByType.get(draw.pick(targetTypes))!;
      const source = sourceIds[draw.skewed(sourceIds.length)]!;
      let target = targetIds[draw.skewed(targetIds.length, 2)]!;
      if (target === source) target = targetIds[draw.int(targetIds.length)]!;
      if (target === source) continue;
      const sourceIndex = Number(source.slice(1));
      const document = documents[Math.floor(sourceIndex / sentencesPerDocument)]!;
      const sentence = document.sentences[sourceIndex % sentencesPerDocument]!;
      const date = dateOf(draw);
      const verb = VERBS[type];
      batch.push({
        // As curated relation ids: source--TYPE--target, with the index to keep it unique.
        id: `${source}--${type}--${target}--${index}`,
        type,
        source,
        target,
        start: date,
        end:
          draw.next() < 0.2 ? { iso: String(Number(date.iso.slice(0, 4)) + 1 + draw.int(5)), precision: 'YEAR' } : null,
        inferred: false,
        reason: null,
        assertion: null,
        properties: verb ? { how: verb } : {},
        evidence: [
          {
            quote: sentence.text,
            documentId: document.id,
            start: sentence.start,
            end: sentence.end,
            sentenceIndexes: [sentence.index],
          },
        ],
      });
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  return { entities, documents, relationBatches, relationCount, idsByType };
}
