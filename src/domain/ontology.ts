/**
 * The knowledge graph's ontology: what kinds of things it holds and which relations may link them.
 * Everything that writes or queries the graph takes its labels and relationship types from here,
 * never from input.
 */

export const ENTITY_TYPES = [
  'PERSON',
  'STATE',
  'ORGANIZATION',
  'PLACE',
  'TREATY',
  'EXPEDITION',
  'EVENT',
  'SHIP',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_INFO: Record<EntityType, { label: string; meaning: string }> = {
  PERSON: { label: 'Person', meaning: 'a named person: ruler, minister, officer, diplomat, explorer' },
  STATE: { label: 'State', meaning: 'a state, empire, dynasty as a polity, khanate or horde' },
  ORGANIZATION: {
    label: 'Organization',
    meaning: 'a body acting as one: ministry, committee, court, senate, army, mission, embassy, delegation, people',
  },
  PLACE: {
    label: 'Place',
    meaning: 'a city, river, sea, region, territory, province, post, fortress, settlement, strait or mountain',
  },
  TREATY: { label: 'Treaty', meaning: 'a treaty, agreement or one of its articles' },
  EXPEDITION: { label: 'Expedition', meaning: 'an expedition, voyage or rafting down a river' },
  EVENT: { label: 'Event', meaning: 'a war, rebellion, siege, decision, resolution, letter or other dated happening' },
  SHIP: { label: 'Ship', meaning: 'a named ship' },
};

const ANY: readonly EntityType[] = ENTITY_TYPES;
const ACTORS: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANIZATION'];

export interface RelationTypeInfo {
  meaning: string;
  sources: readonly EntityType[];
  targets: readonly EntityType[];
}

export const RELATION_TYPES = {
  SIGNED: { meaning: 'signed a treaty', sources: ['PERSON', 'STATE'], targets: ['TREATY'] },
  NEGOTIATED: { meaning: 'negotiated a treaty or its terms', sources: ACTORS, targets: ['TREATY', 'EVENT'] },
  RATIFIED: { meaning: 'ratified a treaty', sources: ['PERSON', 'STATE'], targets: ['TREATY'] },
  FOUNDED: {
    meaning: 'founded or set up a place, post, organisation or army',
    sources: [...ACTORS, 'EXPEDITION'],
    targets: ['PLACE', 'ORGANIZATION', 'STATE'],
  },
  OPPOSED: { meaning: 'opposed a person, plan, expedition or treaty', sources: ACTORS, targets: ANY },
  SUPPORTED: { meaning: 'supported a person, plan, expedition or position', sources: ACTORS, targets: ANY },
  CEDED: {
    meaning: 'gave up a territory; the treaty and the receiving state are properties',
    sources: ['STATE'],
    targets: ['PLACE'],
  },
  TRANSFERRED: {
    meaning: 'a treaty assigned a territory to a state (the receiving state is a property)',
    sources: ['TREATY'],
    targets: ['PLACE'],
  },
  LED: {
    meaning: 'led an expedition, organisation, delegation, mission or army',
    sources: ['PERSON'],
    targets: ['EXPEDITION', 'ORGANIZATION', 'EVENT'],
  },
  COMMANDED: {
    meaning: 'commanded a ship or an expedition at sea',
    sources: ['PERSON'],
    targets: ['SHIP', 'EXPEDITION'],
  },
  MEMBER_OF: {
    meaning: 'belonged to or served in an organisation or state',
    sources: ['PERSON'],
    targets: ['ORGANIZATION', 'STATE'],
  },
  HELD_OFFICE: {
    meaning: 'held an office in or for an organisation, state or place (the office is a property)',
    sources: ['PERSON'],
    targets: ['ORGANIZATION', 'STATE', 'PLACE'],
  },
  APPOINTED: { meaning: 'appointed a person to an office or task', sources: ACTORS, targets: ['PERSON'] },
  ISSUED: {
    meaning: 'issued a letter, decision, resolution or circular',
    sources: ACTORS,
    targets: ['EVENT'],
  },
  SENT: {
    meaning: 'sent a person, ship, expedition, mission or letter somewhere',
    sources: ACTORS,
    targets: ['PERSON', 'SHIP', 'EXPEDITION', 'ORGANIZATION', 'EVENT'],
  },
  TRAVELLED_TO: {
    meaning: 'went to or reached a place',
    sources: ['PERSON', 'ORGANIZATION', 'EXPEDITION', 'SHIP'],
    targets: ['PLACE', 'STATE'],
  },
  PARTICIPATED_IN: {
    meaning: 'took part in an event or expedition',
    sources: [...ACTORS, 'SHIP'],
    targets: ['EVENT', 'EXPEDITION'],
  },
  DISCOVERED: {
    meaning: 'discovered, explored or proved something about a place',
    sources: ['PERSON', 'EXPEDITION'],
    targets: ['PLACE'],
  },
  LOCATED_IN: { meaning: 'lies in or on a place', sources: ['PLACE'], targets: ['PLACE', 'STATE'] },
  PART_OF: { meaning: 'is part of a larger organisation, state or treaty', sources: ANY, targets: ANY },
  TOOK_PLACE_IN: {
    meaning: 'an event or treaty happened at a place',
    sources: ['EVENT', 'TREATY', 'EXPEDITION'],
    targets: ['PLACE'],
  },
  ENDED: {
    meaning: 'a treaty or event ended an event or a negotiation',
    sources: ['TREATY', 'EVENT'],
    targets: ['EVENT'],
  },
  LED_TO: { meaning: 'a cause led to a consequence', sources: ANY, targets: ANY },
  AWARDED: {
    meaning: 'awarded an honour to a person (the honour is a property)',
    sources: ['PERSON', 'STATE'],
    targets: ['PERSON'],
  },
  MEDIATED: {
    meaning: 'mediated between parties of a conflict or negotiation',
    sources: ['PERSON', 'STATE'],
    targets: ['EVENT', 'STATE', 'PERSON'],
  },
  ANNEXED: {
    meaning: 'annexed or took possession of a territory',
    sources: ['STATE', 'ORGANIZATION'],
    targets: ['PLACE', 'STATE'],
  },
  CONQUERED: {
    meaning: 'took a place or defeated a state by force',
    sources: ['STATE', 'ORGANIZATION'],
    targets: ['PLACE', 'STATE'],
  },
  DEFEATED: { meaning: 'defeated a state in a war', sources: ['STATE', 'ORGANIZATION'], targets: ['STATE'] },
  SETTLED: { meaning: 'settled in a place', sources: ['STATE', 'ORGANIZATION'], targets: ['PLACE'] },
  BORDERS: { meaning: 'a treaty set a border along or at a place', sources: ['TREATY'], targets: ['PLACE'] },
  GRANTED: {
    meaning: 'a treaty or state granted a right to a state (the right is a property)',
    sources: ['TREATY', 'STATE'],
    targets: ['STATE'],
  },
  REPORTED_TO: { meaning: 'reported to a person or body', sources: ACTORS, targets: ['PERSON', 'ORGANIZATION'] },
  SUCCEEDED: {
    meaning: 'came after another in an office or role',
    sources: ['PERSON', 'STATE'],
    targets: ['PERSON', 'STATE'],
  },
  NAMED_AFTER: { meaning: 'is named after', sources: ANY, targets: ANY },
  CONFIRMED: {
    meaning: 'a treaty or decision confirmed another',
    sources: ['TREATY', 'EVENT'],
    targets: ['TREATY', 'EVENT'],
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;

/**
 * The values a relation may carry besides its ends and dates, and what each means. The annotations
 * may use no other key.
 */
export const RELATION_VALUE_KEYS = {
  how: 'how someone opposed, supported, sent, travelled, ...',
  office: 'the office held or appointed to (HELD_OFFICE, APPOINTED)',
  right: 'the right granted (GRANTED)',
  recipient: 'the state that received a territory (CEDED, TRANSFERRED); an entity id',
  sharedWith: 'the state a territory is held jointly with (TRANSFERRED); an entity id',
  treaty: 'the treaty that ceded a territory (CEDED); an entity id',
  honour: 'the honour awarded (AWARDED)',
  note: 'what was found or proved (DISCOVERED), or another remark',
} as const;
export type RelationValueKey = keyof typeof RELATION_VALUE_KEYS;

export function isRelationValueKey(value: string): value is RelationValueKey {
  return Object.hasOwn(RELATION_VALUE_KEYS, value);
}

/** The relation values that name an entity by its id, with the entity types they may name. */
export const ENTITY_VALUE_TYPES: Partial<Record<RelationValueKey, readonly EntityType[]>> = {
  treaty: ['TREATY'],
  recipient: ['STATE'],
  sharedWith: ['STATE'],
};

/** Whether a relation's value under `key` is an entity's id. */
export function namesEntity(key: string): boolean {
  return isRelationValueKey(key) && ENTITY_VALUE_TYPES[key] !== undefined;
}
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

/** Whether the ontology allows `type` from an entity of `source` type to one of `target` type. */
export function allowsRelation(type: RelationType, source: EntityType, target: EntityType): boolean {
  const info: RelationTypeInfo = RELATION_TYPES[type];
  return info.sources.includes(source) && info.targets.includes(target);
}
