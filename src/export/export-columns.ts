/**
 * What an export says of each entity and relation, column by column: the attributes of GEXF and
 * GraphML and the columns of the CSV files, the same in each format. Dates are given as the text
 * has them (ISO 8601 at their precision), with the precision and the calendar, and as the first and
 * last Gregorian day they cover (GEXF's `start` and `end`, Palladio's dates).
 */
import { dayRange, type HistoricalDate } from '../domain/historical-date';
import type { EntityRecord, RelationRecord } from '../graph/model';

export type ColumnType = 'string' | 'double' | 'boolean';

export interface Column<T> {
  /** The attribute's id and the CSV column's header. */
  id: string;
  type: ColumnType;
  /** What the value is, for the formats that describe their attributes (GraphML's `desc`). */
  description: string;
  value: (item: T) => string | number | boolean | null;
}

/** The languages whose names every export carries, each a column of its own. */
export const EXPORT_LABEL_LANGUAGES = ['en', 'de', 'ru', 'ru-Latn', 'zh-Hans', 'zh-Hant', 'zh-Latn-pinyin'] as const;

/** The first and last Gregorian day a date covers (a Julian date converted), or nulls. */
export function gregorianDays(date: HistoricalDate | null): { first: string | null; last: string | null } {
  if (!date) return { first: null, last: null };
  const { first, last } = dayRange(date);
  return { first, last };
}

/** The first and last Gregorian day of something with a start and maybe an end. */
export function period(
  start: HistoricalDate | null,
  end: HistoricalDate | null,
): { first: string | null; last: string | null } {
  return { first: gregorianDays(start).first, last: gregorianDays(end ?? start).last };
}

function dateColumns<T>(of: (item: T) => { start: HistoricalDate | null; end: HistoricalDate | null }): Column<T>[] {
  return [
    {
      id: 'firstDay',
      type: 'string',
      description: 'first day covered (Gregorian, ISO 8601)',
      value: (item) => period(of(item).start, of(item).end).first,
    },
    {
      id: 'lastDay',
      type: 'string',
      description: 'last day covered (Gregorian, ISO 8601)',
      value: (item) => period(of(item).start, of(item).end).last,
    },
    {
      id: 'date',
      type: 'string',
      description: 'the start as written (ISO 8601 at its precision)',
      value: (item) => of(item).start?.iso ?? null,
    },
    {
      id: 'datePrecision',
      type: 'string',
      description: 'DAY, MONTH, YEAR, DECADE or CENTURY',
      value: (item) => of(item).start?.precision ?? null,
    },
    {
      id: 'dateCalendar',
      type: 'string',
      description: 'JULIAN or GREGORIAN where known',
      value: (item) => of(item).start?.calendar ?? null,
    },
    {
      id: 'dateText',
      type: 'string',
      description: 'the words of the source for the date',
      value: (item) => of(item).start?.text ?? null,
    },
    { id: 'endDate', type: 'string', description: 'the end as written', value: (item) => of(item).end?.iso ?? null },
    {
      id: 'endDatePrecision',
      type: 'string',
      description: 'the end’s precision',
      value: (item) => of(item).end?.precision ?? null,
    },
  ];
}

export const NODE_COLUMNS: readonly Column<EntityRecord>[] = [
  { id: 'type', type: 'string', description: 'entity type', value: (entity) => entity.type },
  ...EXPORT_LABEL_LANGUAGES.map((language): Column<EntityRecord> => ({
    id: `label_${language}`,
    type: 'string',
    description: `name in ${language} (BCP 47)`,
    value: (entity) => entity.labels.find((label) => label.language === language)?.text ?? null,
  })),
  { id: 'description', type: 'string', description: 'what it is', value: (entity) => entity.description },
  { id: 'wikidata', type: 'string', description: 'Wikidata item id', value: (entity) => entity.wikidata },
  {
    id: 'latitude',
    type: 'double',
    description: 'degrees north (WGS 84)',
    value: (entity) => entity.location?.latitude ?? null,
  },
  {
    id: 'longitude',
    type: 'double',
    description: 'degrees east (WGS 84)',
    value: (entity) => entity.location?.longitude ?? null,
  },
  {
    id: 'uncertaintyKm',
    type: 'double',
    description: 'how far off the point may be',
    value: (entity) => entity.location?.uncertaintyKm ?? null,
  },
  {
    id: 'bounds',
    type: 'string',
    description: 'a territory’s bounds as the text gives them',
    value: (entity) => entity.bounds,
  },
  ...dateColumns<EntityRecord>((entity) => entity),
];

/** The evidence sentences of a relation, one line each: "<document>#<number>: <sentence>". */
function evidenceText(relation: RelationRecord): string | null {
  if (relation.evidence.length === 0) return null;
  return relation.evidence.map((item) => `${item.documentId}#${item.sentenceIndex + 1}: ${item.sentence}`).join('\n');
}

export const EDGE_COLUMNS: readonly Column<RelationRecord>[] = [
  { id: 'relationType', type: 'string', description: 'relation type', value: (relation) => relation.type },
  {
    id: 'assertion',
    type: 'string',
    description: 'FACT, CLAIM, PLAN or BELIEF',
    value: (relation) => relation.assertion.kind,
  },
  {
    id: 'claimedBy',
    type: 'string',
    description: 'who claimed, planned or believed it (entity id)',
    value: (relation) => relation.assertion.claimedBy,
  },
  {
    id: 'verdict',
    type: 'string',
    description: 'what the text says of a claim',
    value: (relation) => relation.assertion.verdict,
  },
  {
    id: 'inferred',
    type: 'boolean',
    description: 'implied rather than stated by the text',
    value: (relation) => relation.inferred,
  },
  {
    id: 'suggested',
    type: 'boolean',
    description: 'suggested by an ingested document, not reviewed',
    value: (relation) => relation.suggested,
  },
  ...dateColumns<RelationRecord>((relation) => relation),
  { id: 'evidence', type: 'string', description: 'the sentences of the source that state it', value: evidenceText },
  {
    id: 'quote',
    type: 'string',
    description: 'the words quoted from them',
    value: (relation) =>
      relation.evidence
        .map((item) => item.quote)
        .filter(Boolean)
        .join(' … ') || null,
  },
];
