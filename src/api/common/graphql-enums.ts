import {
  ASSERTION_KINDS,
  ASSERTION_MEANINGS,
  VERDICT_MEANINGS,
  VERDICTS,
  type AssertionKind,
  type Verdict,
} from '../../domain/assertion';
import { CALENDARS, type Calendar } from '../../domain/calendars';
import { CITATION_STYLES, type CitationStyle } from '../../export/citation';
import { registerEnumType } from 'type-graphql';
import { DATE_PRECISIONS, type DatePrecision } from '../../domain/historical-date';
import {
  ENTITY_TYPE_INFO,
  ENTITY_TYPES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../domain/ontology';
import type { Direction } from '../../graph/relation.repository';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/** The ontology's entity types, as a GraphQL enum. */
export const EntityTypeEnum = enumOf<EntityType>(ENTITY_TYPES);
registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: 'What kind of thing an entity is.',
  valuesConfig: Object.fromEntries(ENTITY_TYPES.map((type) => [type, { description: ENTITY_TYPE_INFO[type].meaning }])),
});

/** The ontology's relation types, as a GraphQL enum. */
export const RelationTypeEnum = enumOf<RelationType>(RELATION_TYPE_NAMES);
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'What a relation between two entities says.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPE_NAMES.map((type) => [type, { description: RELATION_TYPES[type].meaning }]),
  ),
});

export const AssertionKindEnum = enumOf<AssertionKind>(ASSERTION_KINDS);
registerEnumType(AssertionKindEnum, {
  name: 'AssertionKind',
  description: 'Whose statement a relation is: a fact the text states, or a claim, plan or belief.',
  valuesConfig: Object.fromEntries(ASSERTION_KINDS.map((kind) => [kind, { description: ASSERTION_MEANINGS[kind] }])),
});

export const VerdictEnum = enumOf<Verdict>(VERDICTS);
registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description: 'What the text itself says of a claim, plan or belief.',
  valuesConfig: Object.fromEntries(VERDICTS.map((verdict) => [verdict, { description: VERDICT_MEANINGS[verdict] }])),
});

export const DirectionEnum = enumOf<Direction>(['OUT', 'IN', 'BOTH']);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relations of an entity: those it is the source of, the target of, or both.',
  valuesConfig: {
    OUT: { description: 'Relations the entity is the source of.' },
    IN: { description: 'Relations the entity is the target of.' },
    BOTH: { description: 'Relations in either direction.' },
  },
});

/** What each precision means, as the schema describes it. */
const PRECISION_MEANINGS: Record<DatePrecision, string> = {
  DAY: 'A day: iso "1858-05-16".',
  MONTH: 'A month: iso "1858-05".',
  YEAR: 'A year: iso "1858".',
  DECADE: 'A decade: iso "185" is the 1850s.',
  CENTURY: 'A century: iso "18" is the years 1800-1899 (German "das 19. Jahrhundert").',
};

export const CalendarEnum = enumOf<Calendar>(CALENDARS);
registerEnumType(CalendarEnum, {
  name: 'Calendar',
  description: 'The calendar a date is written in.',
  valuesConfig: {
    GREGORIAN: { description: 'The Gregorian calendar (New Style), proleptic before 1582.' },
    JULIAN: {
      description: 'The Julian calendar (Old Style), Russia’s until 1918: 16 May 1858 Julian is 28 May 1858 Gregorian.',
    },
  },
});

export const DatePrecisionEnum = enumOf<DatePrecision>(DATE_PRECISIONS);
registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'How exactly the source dates something.',
  valuesConfig: Object.fromEntries(
    DATE_PRECISIONS.map((precision) => [precision, { description: PRECISION_MEANINGS[precision] }]),
  ),
});

/** The citation styles citation-js bundles, as a GraphQL enum. */
export const CitationStyleEnum = enumOf<CitationStyle>(CITATION_STYLES);
registerEnumType(CitationStyleEnum, {
  name: 'CitationStyle',
  description: 'A citation style of the Citation Style Language, as citation-js (citeproc-js) bundles it.',
  valuesConfig: {
    HARVARD: { description: 'Harvard (Cite Them Right), with the day it was looked up.' },
    APA: { description: 'APA, 7th edition.' },
    VANCOUVER: { description: 'Vancouver, with the day it was looked up.' },
  },
});
