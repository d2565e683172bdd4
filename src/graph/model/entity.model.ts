import type { HistoricalDate } from '../../domain/historical-date';
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
import { present, type StoredProperties } from './stored-values';

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
  'description',
  'dataset',
  ...DATE_PROPERTIES,
  /** The period it covers; its place on the timeline is its timeline entry's (timeline-entry.model.ts). */
  ...PERIOD_PROPERTIES,
  /** The spelling keys of every name (src/domain/name-keys.ts), for `resolve`; as one text for its index. */
  'nameKeys',
  'nameKeyText',
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
  start: HistoricalDate | null;
  end: HistoricalDate | null;
}

/** Where a stored entity comes from. */
export interface EntityProvenance {
  dataset: Dataset;
  /** For one accepted from a suggestion: the suggestion, the reviewer and when (ISO 8601). */
  review?: { suggestionId: string; reviewedBy: string; reviewedAt: string };
}

/** The spelling keys of all of an entity's names, for `resolve`. */
export function nameKeyProperties(names: readonly string[]): { nameKeys: string[]; nameKeyText: string } {
  const keys = [...new Set(names.map(nameKey).filter((key) => key !== ''))];
  return { nameKeys: keys, nameKeyText: keys.join(' ') };
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
      description: entity.description,
      dataset,
      ...dateProperties('start', entity.start),
      ...dateProperties('end', entity.end),
      ...spanProperties(entity.start, entity.end),
      ...nameKeyProperties([entity.name, ...(entity.germanName ? [entity.germanName] : []), ...entity.aliases]),
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
] as const satisfies readonly EntityProperty[];

/** The ENTITY_COLUMNS a brief entity has: the first three. */
export const BRIEF_ENTITY_COLUMNS = ENTITY_COLUMNS.slice(0, 3);

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
    start: toDate(row, 'start'),
    end: toDate(row, 'end'),
  };
}

/** An entity from a list of ENTITY_COLUMNS values, or of BRIEF_ENTITY_COLUMNS values. */
export function toEntityFromColumns(values: readonly unknown[]): EntityRecord {
  const row: Row = {};
  ENTITY_COLUMNS.forEach((column, i) => (row[column] = values[i]));
  return toEntity(row);
}
