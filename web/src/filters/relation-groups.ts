/**
 * The relation types in the groups the filter shows them in. Typed against the generated
 * RelationType, so a type the schema adds fails the build until it has a group.
 */
import type { RelationType } from '../../../src/generated/graphql';

export const RELATION_GROUP_NAMES = [
  'Treaties and borders',
  'Conflict and support',
  'People and offices',
  'Exploration and settlement',
  'Places and parts',
  'Causes and outcomes',
] as const;

export type RelationGroup = (typeof RELATION_GROUP_NAMES)[number];

export const RELATION_GROUPS = {
  SIGNED: 'Treaties and borders',
  NEGOTIATED: 'Treaties and borders',
  RATIFIED: 'Treaties and borders',
  CONFIRMED: 'Treaties and borders',
  CEDED: 'Treaties and borders',
  TRANSFERRED: 'Treaties and borders',
  BORDERS: 'Treaties and borders',
  GRANTED: 'Treaties and borders',
  MEDIATED: 'Treaties and borders',
  OPPOSED: 'Conflict and support',
  SUPPORTED: 'Conflict and support',
  DEFEATED: 'Conflict and support',
  CONQUERED: 'Conflict and support',
  ANNEXED: 'Conflict and support',
  HELD_OFFICE: 'People and offices',
  APPOINTED: 'People and offices',
  MEMBER_OF: 'People and offices',
  COMMANDED: 'People and offices',
  LED: 'People and offices',
  REPORTED_TO: 'People and offices',
  SENT: 'People and offices',
  ISSUED: 'People and offices',
  AWARDED: 'People and offices',
  SUCCEEDED: 'People and offices',
  TRAVELLED_TO: 'Exploration and settlement',
  DISCOVERED: 'Exploration and settlement',
  FOUNDED: 'Exploration and settlement',
  SETTLED: 'Exploration and settlement',
  PARTICIPATED_IN: 'Exploration and settlement',
  NAMED_AFTER: 'Exploration and settlement',
  LOCATED_IN: 'Places and parts',
  PART_OF: 'Places and parts',
  TOOK_PLACE_IN: 'Places and parts',
  LED_TO: 'Causes and outcomes',
  ENDED: 'Causes and outcomes',
} as const satisfies Record<RelationType, RelationGroup>;

export const RELATION_TYPES = Object.keys(RELATION_GROUPS) as RelationType[];
