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

export const DirectionEnum = enumOf<Direction>(['OUT', 'IN', 'BOTH']);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relations of an entity: those it is the source of, the target of, or both.',
});

export const DatePrecisionEnum = enumOf<DatePrecision>(DATE_PRECISIONS);
registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'How exactly the source dates something.',
});
