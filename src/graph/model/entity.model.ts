import type { HistoricalDate } from '../../domain/historical-date';
import type { Label } from '../../domain/label';
import type { Location } from '../../domain/location';
import { linkKeyText } from '../../domain/link-keys';
import { nameKey } from '../../domain/name-keys';
import { ENTITY_TYPE_INFO, type EntityType } from '../../domain/ontology';
import type { Dataset } from './datasets';
import type { EntityRecord } from './records';
import {
  DATE_COLUMNS,
  DATE_PROPERTIES,
  dateProperties,
  PERIOD_PROPERTIES,
  spanProperties,
  toDate,
} from './stored-dates';
import { present, toNumber, type StoredProperties } from './stored-values';

/**
 * How an entity is stored: a node labelled `Entity` and its type's label from the ontology, with
 * these properties and no others.
 */
export const ENTITY_PROPERTIES = [
  'id',
  'type',
  'name',
  'germanName',
  'aliases',
  /** The aliases as one text, for the full-text indexes. */
  'aliasText',
  /** Its names in every language and script: BCP 47 tags and texts in step, and the tags of the derived ones. */
  'labelLanguages',
  'labelTexts',
  'derivedLabelLanguages',
  /** The labels as one text, for the full-text index of `search`. */
  'labelText',
  'description',
  /** Its Wikidata item id. */
  'wikidata',
  /** Where a place is: a point, the box of a river or region (west, south, east, north), the km of doubt. */
  'latitude',
  'longitude',
  'box',
  'uncertaintyKm',
  /** A territory's bounds as the text gives them. */
  'bounds',
  'dataset',
  ...DATE_PROPERTIES,
  /** The period it covers; its place on the timeline is its timeline entry's (timeline-entry.model.ts). */
  ...PERIOD_PROPERTIES,
  /** The spelling keys of every name (src/domain/name-keys.ts), for `resolve`; as one text for its index. */
  'nameKeys',
  'nameKeyText',
  /**
   * The link keys of the names an ingest links (src/domain/link-keys.ts), as one text for the index
   * `entity_link_keys`: what finds the entities a new document may name.
   */
  'linkKeyText',
  /** For an entity accepted from a suggestion: which, by whom, when. */
  'fromSuggestion',
  'reviewedBy',
  'reviewedAt',
] as const;
export type EntityProperty = (typeof ENTITY_PROPERTIES)[number];

/** An entity as its writers know it: curated from the annotations, or accepted from a suggestion. */
export interface EntityInput {
  id: string;
  type: EntityType;
  name: string;
  germanName: string | null;
  aliases: readonly string[];
  description: string | null;
  /** Its names in every language and script (none for an entity accepted from a suggestion). */
  labels?: readonly Label[];
  start: HistoricalDate | null;
  end: HistoricalDate | null;
  wikidata?: string | null;
  location?: Location | null;
  bounds?: string | null;
}

/** Where a stored entity comes from. */
export interface EntityProvenance {
  dataset: Dataset;
  /** For one accepted from a suggestion: the suggestion, the reviewer and when (ISO 8601). */
  review?: { suggestionId: string; reviewedBy: string; reviewedAt: string };
}

/**
 * The names an ingest links in a new text (src/extract/link-known-entities.ts): its name, German
 * name and aliases. Labels in other languages and scripts are for search and `resolve`.
 */
export function linkedNames(entity: Pick<EntityInput, 'name' | 'germanName' | 'aliases'>): string[] {
  return [entity.name, ...(entity.germanName ? [entity.germanName] : []), ...entity.aliases];
}

/** The spelling keys of all of an entity's names, for `resolve`. */
export function nameKeyProperties(names: readonly string[]): { nameKeys: string[]; nameKeyText: string } {
  const keys = [...new Set(names.map(nameKey).filter((key) => key !== ''))];
  // Chinese writes no spaces between words: the index also holds the tails of a Chinese key, so that
  // "北京条约" finds "中俄北京条约".
  const tails = keys
    .filter((key) => /^\p{Script=Han}+$/u.test(key))
    .flatMap((key) =>
      Array.from({ length: Math.max(0, [...key].length - 2) }, (_, i) => [...key].slice(i + 1).join('')),
    );
  return { nameKeys: keys, nameKeyText: [...new Set([...keys, ...tails])].join(' ') };
}

/** An entity's labels as properties (Neo4j properties hold no maps: three lists in step). */
function labelProperties(labels: readonly Label[]) {
  if (labels.length === 0) return {};
  return {
    labelLanguages: labels.map((label) => label.language),
    labelTexts: labels.map((label) => label.text),
    derivedLabelLanguages: labels.filter((label) => label.derived).map((label) => label.language),
    labelText: labels.map((label) => label.text).join(' | '),
  };
}

/** An entity as the statements that create entities take it: its type's label and its properties. */
export function encodeEntity(
  entity: EntityInput,
  { dataset, review }: EntityProvenance,
): { label: string; properties: StoredProperties<EntityProperty> } {
  return {
    label: ENTITY_TYPE_INFO[entity.type].label,
    properties: present<EntityProperty>({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      germanName: entity.germanName,
      aliases: entity.aliases,
      aliasText: entity.aliases.join(' | '),
      ...labelProperties(entity.labels ?? []),
      description: entity.description,
      wikidata: entity.wikidata,
      latitude: entity.location?.latitude,
      longitude: entity.location?.longitude,
      box: entity.location?.box ?? undefined,
      uncertaintyKm: entity.location?.uncertaintyKm,
      bounds: entity.bounds,
      dataset,
      ...dateProperties('start', entity.start),
      ...dateProperties('end', entity.end),
      ...spanProperties(entity.start, entity.end),
      ...nameKeyProperties([
        entity.name,
        ...(entity.germanName ? [entity.germanName] : []),
        ...entity.aliases,
        ...(entity.labels ?? []).map((label) => label.text),
      ]),
      linkKeyText: linkKeyText(linkedNames(entity)),
      fromSuggestion: review?.suggestionId,
      reviewedBy: review?.reviewedBy,
      reviewedAt: review?.reviewedAt,
    }),
  };
}

/**
 * The entity properties toEntity reads, in the order of the lists that statements returning many
 * entities project (`[n.id, n.type, ...]`, generated from this list): the neo4j driver builds
 * lists much faster than maps, and an entity's other properties (name keys, spans) are the
 * indexes' business.
 */
export const ENTITY_COLUMNS = [
  'id',
  'type',
  'name',
  'germanName',
  'aliases',
  'description',
  ...DATE_COLUMNS,
  'labelLanguages',
  'labelTexts',
  'derivedLabelLanguages',
  'wikidata',
  'latitude',
  'longitude',
  'box',
  'uncertaintyKm',
  'bounds',
] as const satisfies readonly EntityProperty[];

/**
 * The ENTITY_COLUMNS a brief entity has, the first four: what the explorer's EntitySummary shows
 * of a relation's ends and of the nodes it draws (id, type, name, German name).
 */
export const BRIEF_ENTITY_COLUMNS = ENTITY_COLUMNS.slice(0, 4);

type Row = Record<string, unknown>;

/** An entity from its properties (or a map of ENTITY_COLUMNS). */
export function toEntity(row: Row): EntityRecord {
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name),
    germanName: typeof row.germanName === 'string' ? row.germanName : null,
    aliases: Array.isArray(row.aliases) ? (row.aliases as string[]) : [],
    description: typeof row.description === 'string' ? row.description : null,
    labels: toLabels(row),
    start: toDate(row, 'start'),
    end: toDate(row, 'end'),
    wikidata: typeof row.wikidata === 'string' ? row.wikidata : null,
    location: toLocation(row),
    bounds: typeof row.bounds === 'string' ? row.bounds : null,
  };
}

function toLocation(row: Row): Location | null {
  if (row.latitude === null || row.latitude === undefined) return null;
  const box = Array.isArray(row.box) ? (row.box as unknown[]).map(toNumber) : null;
  return {
    latitude: toNumber(row.latitude),
    longitude: toNumber(row.longitude),
    box: box?.length === 4 ? (box as unknown as Location['box']) : null,
    uncertaintyKm: row.uncertaintyKm === null || row.uncertaintyKm === undefined ? null : toNumber(row.uncertaintyKm),
  };
}

function toLabels(row: Row): Label[] {
  const languages = Array.isArray(row.labelLanguages) ? (row.labelLanguages as unknown[]) : [];
  const texts = Array.isArray(row.labelTexts) ? (row.labelTexts as unknown[]) : [];
  const derived = new Set(Array.isArray(row.derivedLabelLanguages) ? (row.derivedLabelLanguages as unknown[]) : []);
  return languages.map((language, i) => ({
    language: String(language),
    text: typeof texts[i] === 'string' ? texts[i] : '',
    derived: derived.has(language),
  }));
}

/** An entity from a list of ENTITY_COLUMNS values, or of BRIEF_ENTITY_COLUMNS values. */
export function toEntityFromColumns(values: readonly unknown[]): EntityRecord {
  if (values.length === BRIEF_ENTITY_COLUMNS.length) return toBriefEntity(values);
  const row: Row = {};
  ENTITY_COLUMNS.forEach((column, i) => (row[column] = values[i]));
  return toEntity(row);
}

/**
 * An entity from BRIEF_ENTITY_COLUMNS values, as toEntity makes it with the other properties
 * absent, without the map of every column between: a page of 100 relations has 200 ends, a hub's
 * neighbourhood 300 nodes.
 */
function toBriefEntity([id, type, name, germanName]: readonly unknown[]): EntityRecord {
  return {
    id: String(id),
    type: type as EntityType,
    name: String(name),
    germanName: typeof germanName === 'string' ? germanName : null,
    aliases: [],
    description: null,
    labels: [],
    start: null,
    end: null,
    wikidata: null,
    location: null,
    bounds: null,
  };
}
